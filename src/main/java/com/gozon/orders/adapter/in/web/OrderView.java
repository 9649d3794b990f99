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
        @Schema(example = "2026-11-26T10:15:30.123456Z") Instant createdAt,
        @Schema(example = "2026-11-26T10:15:30.123456Z") Instant updatedAt) {

    static final String PLACED_EXAMPLE = """
            {"orderId": "0b9c3d4e-8f43-4c1e-9d7a-2a5e6f7a8b9c", "userId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
             "amount": 50.00, "description": "Two books", "status": "NEW", "failureReason": null,
             "createdAt": "2026-11-26T10:15:30.123456Z", "updatedAt": "2026-11-26T10:15:30.123456Z"}""";
    static final String PAID_EXAMPLE = """
            {"orderId": "0b9c3d4e-8f43-4c1e-9d7a-2a5e6f7a8b9c", "userId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
             "amount": 50.00, "description": "Two books", "status": "PAID", "failureReason": null,
             "createdAt": "2026-11-26T10:15:30.123456Z", "updatedAt": "2026-11-26T10:15:30.187654Z"}""";
    static final String FAILED_EXAMPLE = """
            {"orderId": "0b9c3d4e-8f43-4c1e-9d7a-2a5e6f7a8b9c", "userId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
             "amount": 50.00, "description": "Two books", "status": "FAILED", "failureReason": "INSUFFICIENT_FUNDS",
             "createdAt": "2026-11-26T10:15:30.123456Z", "updatedAt": "2026-11-26T10:15:30.187654Z"}""";

    static OrderView of(Order order) {
        return new OrderView(order.id().value(), order.userId().value(), order.amount().amount(),
                order.description().orElse(null), order.status().name(),
                order.failureReason().map(Enum::name).orElse(null), order.createdAt(), order.updatedAt());
    }
}
