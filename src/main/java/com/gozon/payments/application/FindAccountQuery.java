package com.gozon.payments.application;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.UserId;

import java.util.Optional;

/** Reads an account and its balance. */
public interface FindAccountQuery {

    Optional<Account> findAccount(UserId owner);
}
