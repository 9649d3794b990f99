package com.gozon.payments.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

@Schema(name = "TopUpRequest")
record TopUpRequest(
        @Schema(description = "Positive, at most two fractional digits, at most 1000000000.00", example = "100.50")
        @NotNull @DecimalMin("0.01") @DecimalMax("1000000000.00") @Digits(integer = 10, fraction = 2)
        BigDecimal amount) {
}
