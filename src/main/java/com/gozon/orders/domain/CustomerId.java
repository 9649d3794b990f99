package com.gozon.orders.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies the user who placed an order. */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "value");
    }
}
