package com.gozon.orders.adapter.in.messaging;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What Orders reads of {@code payment.succeeded} and {@code payment.failed} (see docs/messaging.md); other fields
 * are ignored. Every field may be missing: the message comes from outside.
 */
record PaymentResultMessage(@Nullable UUID eventId, @Nullable UUID orderId, @Nullable UUID userId,
                            @Nullable BigDecimal amount, @Nullable String reason) {
}
