package com.gozon.payments.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a payment. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId newId() {
        return new PaymentId(UUID.randomUUID());
    }
}
