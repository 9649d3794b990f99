package com.gozon.orders.adapter.in.web;

import com.gozon.orders.domain.Order;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Order")
record OrderView(
        @Schema(example = "0b9c3d4e-8f43-4c1e-9d7a-2a5e6f7a8b9c") UUID orderId,
        @Schema(example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") UUID userId,
        @Schema(example = "50.00") BigDecimal amount,
        @Schema(example = "Two books", nullable = true) @Nullable String description,
        @Schema(description = "NEW (code 0 in the original service): payment pending; "
                + "PAID (code 1): the account was debited; FAILED (code 2): see failureReason",
                allowableValues = {"NEW", "PAID", "FAILED"}, example = "NEW") String status,
        @Schema(description = "Set only when status is FAILED", nullable = true,
                allowableValues = {"INSUFFICIENT_FUNDS", "ACCOUNT_NOT_FOUND"}) @Nullable String failureReason,
        Instant createdAt,
        Instant updatedAt) {

    static OrderView of(Order order) {
        return new OrderView(order.id().value(), order.userId().value(), order.amount().amount(),
                order.description().orElse(null), order.status().name(),
                order.failureReason().map(Enum::name).orElse(null), order.createdAt(), order.updatedAt());
    }
}
