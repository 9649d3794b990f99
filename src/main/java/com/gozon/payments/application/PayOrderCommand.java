package com.gozon.payments.application;

import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;

import java.util.Objects;
import java.util.UUID;

/**
 * A payment request as it arrived.
 *
 * @param messageId the id of the message that carried it: the key of the inbox
 */
public record PayOrderCommand(UUID messageId, UUID orderId, UserId payer, Money amount) {

    public PayOrderCommand {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        if (amount.amount().signum() == 0) {
            throw new IllegalArgumentException("A payment is for more than nothing");
        }
    }
}
