package com.gozon.payments.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

@Schema(name = "CreateAccountRequest", description = "An empty object will do: the account is the token's user's.")
record CreateAccountRequest(
        @Schema(description = "Optional and deprecated: the owner is the token's subject. If given, it must be that "
                + "user's id, otherwise 403.", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6", nullable = true,
                deprecated = true)
        @Nullable UUID userId) {
}
