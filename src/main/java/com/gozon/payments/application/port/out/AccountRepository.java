package com.gozon.payments.application.port.out;

import com.gozon.payments.application.port.in.PageRequest;
import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.LedgerEntry;
import com.gozon.payments.domain.UserId;

import java.util.List;
import java.util.Optional;

/** Stores accounts and their ledgers: an account's new ledger entries are written with its balance. */
public interface AccountRepository {

    /** Inserts a new account and its opening entry; false when the user already has one (also concurrently). */
    boolean insertIfAbsent(Account account);

    /** Writes the account's balance, time of change and new ledger entries. */
    void update(Account account);

    /** A page of the account's ledger entries, newest first. */
    List<LedgerEntry> findLedgerEntries(UserId userId, PageRequest page);

    Optional<Account> findByUserId(UserId userId);

    /** Loads an account and locks it until the transaction ends, so that no balance update gets lost. */
    Optional<Account> findByUserIdForUpdate(UserId userId);
}
