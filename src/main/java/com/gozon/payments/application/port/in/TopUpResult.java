package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.Money;

/** What a top-up did. */
public sealed interface TopUpResult {

    /** The account after the top-up. */
    record ToppedUp(Account account) implements TopUpResult {
    }

    /** The user has no account, or it is not the requester's; nothing changed. */
    record AccountNotFound() implements TopUpResult {
    }

    /** The balance would have exceeded its limit; nothing changed. */
    record BalanceLimitExceeded(Money limit) implements TopUpResult {
    }
}
