package com.gozon.orders.adapter.in.messaging;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What Orders reads of {@code payment.succeeded} and {@code payment.failed} (see docs/messaging.md); other fields
 * are ignored.
 */
record PaymentResultMessage(UUID eventId, UUID orderId, UUID userId, BigDecimal amount, String reason) {
}
