package com.gozon.orders.application;

import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.OrderId;

import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of an order's payment as the payments side reported it.
 *
 * @param messageId the id of the message that carried it: the key of the inbox
 */
public sealed interface PaymentResult {

    UUID messageId();

    OrderId orderId();

    record Succeeded(UUID messageId, OrderId orderId) implements PaymentResult {
        public Succeeded {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    record Failed(UUID messageId, OrderId orderId, FailureReason reason) implements PaymentResult {
        public Failed {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
