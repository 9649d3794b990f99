/**
 * Idempotency keys for the API's POST requests (the IETF {@code Idempotency-Key} header): the first request's outcome
 * is stored in the transaction of its effect and replayed to every repeat with the same key and body.
 */
@NullMarked
package com.gozon.http.idempotency;

import org.jspecify.annotations.NullMarked;
