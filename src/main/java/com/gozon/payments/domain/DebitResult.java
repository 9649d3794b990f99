package com.gozon.payments.domain;

/** What an attempt to take money out of an account did. */
public sealed interface DebitResult {

    record Debited(Money newBalance) implements DebitResult {
    }

    /** The balance was lower than the amount; nothing changed. */
    record InsufficientFunds(Money balance, Money requested) implements DebitResult {
    }
}
