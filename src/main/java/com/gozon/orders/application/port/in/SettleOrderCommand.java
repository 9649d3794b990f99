package com.gozon.orders.application.port.in;

import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;

import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of an order's payment as the payments side reported it, with the amount it reported.
 * {@link #messageId()} is the id of the message that carried it: the key of the inbox.
 */
public sealed interface SettleOrderCommand {

    UUID messageId();

    OrderId orderId();

    /** The user whose account the outcome is about: it must be the order's own. */
    UserId userId();

    /** The amount the outcome is about: it must be the order's own. */
    Money amount();

    /** The payment succeeded: the amount was debited. */
    record Paid(UUID messageId, OrderId orderId, UserId userId, Money amount) implements SettleOrderCommand {
        public Paid {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The payment failed: nothing was debited. */
    record PaymentFailed(UUID messageId, OrderId orderId, UserId userId, Money amount, FailureReason reason)
            implements SettleOrderCommand {
        public PaymentFailed {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
