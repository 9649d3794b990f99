package com.gozon.payments.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one payment attempt made for an order, with its outcome.
 */
public record Payment(UUID id, UUID orderId, UserId payer, Money amount, PaymentOutcome outcome, Instant processedAt) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(processedAt, "processedAt");
    }

    /** Pays an order from the payer's account, if there is one and it holds enough. */
    public static Payment attempt(UUID orderId, UserId payer, Money amount, Account accountOrNull, Instant now) {
        PaymentOutcome outcome;
        if (accountOrNull == null) {
            outcome = new PaymentOutcome.Declined(DeclineReason.ACCOUNT_NOT_FOUND);
        } else if (accountOrNull.debit(amount, now) instanceof DebitResult.InsufficientFunds) {
            outcome = new PaymentOutcome.Declined(DeclineReason.INSUFFICIENT_FUNDS);
        } else {
            outcome = new PaymentOutcome.Succeeded();
        }
        return new Payment(UUID.randomUUID(), orderId, payer, amount, outcome, now);
    }
}
