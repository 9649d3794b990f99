package com.gozon.orders.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "CreateOrderRequest", description = "An order to place; its payment starts asynchronously.")
record CreateOrderRequest(
        @Schema(description = "Optional and deprecated: the paying user is the token's subject. If given, it must be "
                + "that user's id, otherwise 403.", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6", nullable = true,
                deprecated = true)
        @Nullable UUID userId,
        @Schema(description = "Positive, at most two fractional digits, at most 1000000000.00", example = "50.00")
        @NotNull @DecimalMin("0.01") @DecimalMax("1000000000.00") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,
        @Schema(description = "Optional, at most 500 characters", example = "Two books", nullable = true)
        @Size(max = 500) @Nullable String description) {

    /** The body the Swagger UI offers: without the deprecated userId, whose example names no one's account. */
    static final String EXAMPLE = """
            {"amount": 50.00, "description": "Two books"}""";
}
