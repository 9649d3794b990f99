package com.gozon.payments.adapter.in.web;

import com.gozon.payments.domain.Account;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "Account")
record AccountView(
        @Schema(example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") UUID userId,
        @Schema(example = "100.50") BigDecimal balance) {

    static final String OPENED_EXAMPLE = """
            {"userId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "balance": 0.00}""";
    static final String TOPPED_UP_EXAMPLE = """
            {"userId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "balance": 100.50}""";

    static AccountView of(Account account) {
        return new AccountView(account.userId().value(), account.balance().amount());
    }
}
