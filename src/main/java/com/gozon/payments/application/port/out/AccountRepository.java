package com.gozon.payments.application.port.out;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.UserId;

import java.util.Optional;

/** Stores accounts. */
public interface AccountRepository {

    /** Inserts a new account; false when the user already has one (also under a concurrent insert). */
    boolean insertIfAbsent(Account account);

    /** Writes the account's balance and time of change. */
    void update(Account account);

    Optional<Account> findByUserId(UserId userId);

    /** Loads an account and locks it until the transaction ends, so that no balance update gets lost. */
    Optional<Account> findByUserIdForUpdate(UserId userId);
}
