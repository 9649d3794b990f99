package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;

/** Adds money to an account; never loses a concurrent debit or top-up. A user tops up only their own account. */
public interface TopUpUseCase {

    /** {@link TopUpResult.AccountNotFound} also when {@code owner} is another user than {@code requester}. */
    TopUpResult topUp(UserId requester, UserId owner, Money amount);
}
