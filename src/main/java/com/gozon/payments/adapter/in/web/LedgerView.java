package com.gozon.payments.adapter.in.web;

import com.gozon.payments.application.port.in.LedgerPage;
import com.gozon.payments.domain.LedgerEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "LedgerPage", description = "One page of an account's ledger, newest entry first")
record LedgerView(List<Entry> items, int page, int size, long totalItems, long totalPages) {

    static LedgerView of(LedgerPage page) {
        return new LedgerView(page.entries().stream().map(Entry::of).toList(), page.request().number(),
                page.request().size(), page.totalEntries(), page.totalPages());
    }

    @Schema(name = "LedgerEntry", description = "One change of the balance")
    record Entry(
            @Schema(description = "The entry's number in the account's ledger, from 1", example = "3") long sequence,
            @Schema(description = "OPENED, TOP_UP or DEBIT", allowableValues = {"OPENED", "TOP_UP", "DEBIT"},
                    example = "DEBIT") String kind,
            @Schema(description = "The change of the balance; negative for a debit", example = "-50.00")
            BigDecimal amount,
            @Schema(example = "50.50") BigDecimal balanceAfter,
            @Schema(description = "The order a debit paid", nullable = true) @Nullable UUID orderId,
            @Schema(description = "The Idempotency-Key of the request that made a top-up, if it had one",
                    nullable = true, example = "top-up-2026-11-26-001") @Nullable String topUpKey,
            Instant createdAt) {

        static Entry of(LedgerEntry entry) {
            return new Entry(entry.sequence(), entry.kind().name(), entry.signedAmount(),
                    entry.balanceAfter().amount(), entry.orderId() == null ? null : entry.orderId().value(),
                    entry.topUpKey(), entry.createdAt());
        }
    }
}
