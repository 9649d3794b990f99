package com.gozon.orders.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies the user who places and pays an order. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }
}
