package com.gozon.orders.application.port.in;

import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.OrderId;

import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of an order's payment as the payments side reported it.
 * {@link #messageId()} is the id of the message that carried it: the key of the inbox.
 */
public sealed interface SettleOrderCommand {

    UUID messageId();

    OrderId orderId();

    /** The payment succeeded: the order's amount was debited. */
    record Paid(UUID messageId, OrderId orderId) implements SettleOrderCommand {
        public Paid {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    /** The payment failed: nothing was debited. */
    record PaymentFailed(UUID messageId, OrderId orderId, FailureReason reason) implements SettleOrderCommand {
        public PaymentFailed {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
