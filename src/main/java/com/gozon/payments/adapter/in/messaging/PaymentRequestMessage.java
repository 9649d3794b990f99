package com.gozon.payments.adapter.in.messaging;

import java.math.BigDecimal;
import java.util.UUID;

/** What Payments reads of {@code order.payment-requested} (see docs/messaging.md); other fields are ignored. */
record PaymentRequestMessage(UUID eventId, UUID orderId, UUID userId, BigDecimal amount) {
}
