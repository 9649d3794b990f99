package com.gozon.http.idempotency;

import org.jspecify.annotations.Nullable;

/** The answer given to the first request with a key: replayed as it was to every repeat. */
record StoredOutcome(String requestHash, int status, @Nullable String contentType, @Nullable String location,
                     byte[] body) {
}
