package com.gozon.orders.adapter.out.messaging;

import com.gozon.outbox.OutboxEvent;
import org.springframework.modulith.events.Externalized;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The message contract {@code order.payment-requested} (see docs/messaging.md). Stored in the outbox with the order,
 * then published to the exchange {@code gozon.orders} with {@link #eventId} as the AMQP message id.
 */
@Externalized(OrdersExchange.NAME + "::" + OrdersExchange.PAYMENT_REQUESTED)
public record PaymentRequested(UUID eventId, UUID orderId, UUID userId, BigDecimal amount, Instant requestedAt)
        implements OutboxEvent {
}
