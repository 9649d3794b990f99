package com.gozon.payments.adapter.in.messaging;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What Payments reads of {@code order.payment-requested} (see docs/messaging.md); other fields are ignored. Every
 * field may be missing: the message comes from outside.
 */
record PaymentRequestMessage(@Nullable UUID eventId, @Nullable UUID orderId, @Nullable UUID userId,
                             @Nullable BigDecimal amount) {
}
