package com.gozon.payments.domain;

import java.util.Objects;

/** How a payment ended. */
public sealed interface PaymentOutcome {

    record Succeeded() implements PaymentOutcome {
    }

    record Declined(DeclineReason reason) implements PaymentOutcome {
        public Declined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
