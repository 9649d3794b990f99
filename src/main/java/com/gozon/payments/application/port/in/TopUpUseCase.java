package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;

/** Adds money to an account; never loses a concurrent debit or top-up. */
public interface TopUpUseCase {

    TopUpResult topUp(UserId userId, Money amount);
}
