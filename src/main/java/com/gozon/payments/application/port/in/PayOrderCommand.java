package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.UserId;

import java.util.Objects;
import java.util.UUID;

/**
 * A payment request as it arrived. {@link #messageId()} is the id of the message that carried it: the key of the
 * inbox.
 */
public record PayOrderCommand(UUID messageId, OrderId orderId, UserId userId, Money amount) {

    public PayOrderCommand {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new IllegalArgumentException("A payment is for more than nothing");
        }
    }
}
