package com.gozon.payments.application;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.UserId;

import java.util.Optional;

/** Stores accounts. */
public interface AccountRepository {

    /** Inserts a new account; false when the user already has one (also under a concurrent insert). */
    boolean insertIfAbsent(Account account);

    Optional<Account> findByOwner(UserId owner);

    /** Loads an account and locks it until the transaction ends, so that no balance update gets lost. */
    Optional<Account> findByOwnerForUpdate(UserId owner);

    void update(Account account);
}
