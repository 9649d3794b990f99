package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;
import org.jspecify.annotations.Nullable;

/** Adds money to an account; never loses a concurrent debit or top-up. A user tops up only their own account. */
public interface TopUpUseCase {

    /**
     * {@link TopUpResult.AccountNotFound} also when {@code owner} is another user than {@code requester}. The ledger
     * entry keeps {@code topUpKey}, the key the client gave the top-up (its request's {@code Idempotency-Key}), if
     * any, so that a ledger shows which request each top-up came from.
     */
    TopUpResult topUp(UserId requester, UserId owner, Money amount, @Nullable String topUpKey);
}
