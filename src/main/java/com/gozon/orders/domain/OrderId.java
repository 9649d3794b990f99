package com.gozon.orders.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an order. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId newId() {
        return new OrderId(UUID.randomUUID());
    }
}
