package com.gozon.payments.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies the order a payment is for, as the orders side named it. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }
}
