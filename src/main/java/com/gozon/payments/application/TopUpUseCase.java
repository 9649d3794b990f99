package com.gozon.payments.application;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;

import java.util.Optional;

/** Adds money to an account; never loses a concurrent debit or top-up. */
public interface TopUpUseCase {

    /** The account after the top-up, or empty when the user has no account. */
    Optional<Account> topUp(UserId owner, Money amount);
}
