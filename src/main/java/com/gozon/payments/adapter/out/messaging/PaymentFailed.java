package com.gozon.payments.adapter.out.messaging;

import com.gozon.outbox.OutboxEvent;
import org.springframework.modulith.events.Externalized;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The message contract {@code payment.failed} (see docs/messaging.md): nothing was debited, {@code reason} says why
 * ({@code INSUFFICIENT_FUNDS} or {@code ACCOUNT_NOT_FOUND}).
 */
@Externalized(PaymentsExchange.NAME + "::" + PaymentsExchange.PAYMENT_FAILED)
public record PaymentFailed(UUID eventId, UUID paymentId, UUID orderId, UUID userId, BigDecimal amount,
                            String reason, Instant processedAt) implements OutboxEvent {
}
