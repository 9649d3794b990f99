package com.gozon.payments.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

@Schema(name = "CreateAccountRequest")
record CreateAccountRequest(
        @Schema(description = "The user who owns the account", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
        @NotNull UUID userId) {
}
