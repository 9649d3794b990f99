package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.UserId;

import java.util.Optional;

/** Reads an account and its balance; a user sees only their own. */
public interface FindAccountQuery {

    /**
     * The account of {@code owner} as {@code requester} may see it: empty when the owner has none or is another user
     * than the requester. The two look alike, so that nobody learns which users have an account.
     */
    Optional<Account> findAccount(UserId requester, UserId owner);
}
