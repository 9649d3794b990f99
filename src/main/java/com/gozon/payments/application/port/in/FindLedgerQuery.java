package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.UserId;

import java.util.Optional;

/** Reads an account's ledger: why its balance is what it is. */
public interface FindLedgerQuery {

    /** A page of the user's ledger entries, newest first, or empty when the user has no account. */
    Optional<LedgerPage> findLedger(UserId userId, PageRequest page);
}
