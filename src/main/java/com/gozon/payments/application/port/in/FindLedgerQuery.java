package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.UserId;

import java.util.Optional;

/** Reads an account's ledger: why its balance is what it is. */
public interface FindLedgerQuery {

    /**
     * A page of the ledger of {@code owner}'s account as {@code requester} may see it, newest entry first: empty when
     * the owner has no account or is another user, so that the two cannot be told apart.
     */
    Optional<LedgerPage> findLedger(UserId requester, UserId owner, PageRequest page);
}
