package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.LedgerEntry;

import java.util.List;

/** One page of an account's ledger, newest entry first, and how many entries there are in all. */
public record LedgerPage(List<LedgerEntry> entries, PageRequest request, long totalEntries) {

    public LedgerPage {
        entries = List.copyOf(entries);
    }

    public long totalPages() {
        return (totalEntries + request.size() - 1) / request.size();
    }
}
