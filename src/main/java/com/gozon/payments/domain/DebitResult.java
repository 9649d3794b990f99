package com.gozon.payments.domain;

/** What an attempt to debit an account did. */
public sealed interface DebitResult {

    record Debited(Money newBalance) implements DebitResult {
    }

    record InsufficientFunds(Money balance, Money requested) implements DebitResult {
    }
}
