package com.gozon.payments.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The one payment made for an order, with its outcome. It records what happened; the money moves on the
 * {@link Account} ({@link Account#debit}).
 */
public record Payment(PaymentId id, OrderId orderId, UserId userId, Money amount, PaymentOutcome outcome,
                      Instant processedAt) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(processedAt, "processedAt");
    }

    /** The order's amount was debited from the user's account. */
    public static Payment succeeded(OrderId orderId, UserId userId, Money amount, Instant now) {
        return new Payment(PaymentId.newId(), orderId, userId, amount, new PaymentOutcome.Succeeded(), now);
    }

    /** Nothing was debited, for the given reason. */
    public static Payment declined(OrderId orderId, UserId userId, Money amount, DeclineReason reason, Instant now) {
        return new Payment(PaymentId.newId(), orderId, userId, amount, new PaymentOutcome.Declined(reason), now);
    }
}
