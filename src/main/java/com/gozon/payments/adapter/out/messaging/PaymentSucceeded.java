package com.gozon.payments.adapter.out.messaging;

import com.gozon.outbox.OutboxEvent;
import org.springframework.modulith.events.Externalized;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The message contract {@code payment.succeeded} (see docs/messaging.md): the order's amount was debited. */
@Externalized(PaymentsExchange.NAME + "::" + PaymentsExchange.PAYMENT_SUCCEEDED)
public record PaymentSucceeded(UUID eventId, UUID paymentId, UUID orderId, UUID userId, BigDecimal amount,
                               Instant processedAt) implements OutboxEvent {
}
