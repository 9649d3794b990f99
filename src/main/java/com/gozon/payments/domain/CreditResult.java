package com.gozon.payments.domain;

/** What an attempt to add money to an account did. */
public sealed interface CreditResult {

    record Credited(Money newBalance) implements CreditResult {
    }

    /** The balance would have exceeded {@link Account#MAX_BALANCE}; nothing changed. */
    record BalanceLimitExceeded(Money limit) implements CreditResult {
    }
}
