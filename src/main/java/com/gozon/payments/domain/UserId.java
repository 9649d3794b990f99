package com.gozon.payments.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user; a user has at most one account. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }
}
