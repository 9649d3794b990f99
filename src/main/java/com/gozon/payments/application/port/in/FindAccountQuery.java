package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.UserId;

import java.util.Optional;

/** Reads an account and its balance. */
public interface FindAccountQuery {

    /** The user's account, or empty when the user has none. */
    Optional<Account> findAccount(UserId userId);
}
