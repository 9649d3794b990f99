package com.gozon.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's account. Its balance never goes negative and never exceeds {@link #MAX_BALANCE}.
 */
public final class Account {

    /** The largest balance an account may hold; a top-up beyond it is refused. */
    public static final Money MAX_BALANCE = new Money(new BigDecimal("999999999999999.99"));

    private final UserId userId;
    private final Instant createdAt;
    private Money balance;
    private Instant updatedAt;

    private Account(UserId userId, Money balance, Instant createdAt, Instant updatedAt) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.balance = Objects.requireNonNull(balance, "balance");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Opens an empty account. */
    public static Account open(UserId userId, Instant now) {
        return new Account(userId, Money.ZERO, now, now);
    }

    /** Rebuilds an account that was stored before. */
    public static Account restore(UserId userId, Money balance, Instant createdAt, Instant updatedAt) {
        return new Account(userId, balance, createdAt, updatedAt);
    }

    /** Adds money, unless the balance would exceed {@link #MAX_BALANCE}; then changes nothing. */
    public CreditResult credit(Money amount, Instant now) {
        var newBalance = balance.plus(amount);
        if (MAX_BALANCE.isLessThan(newBalance)) {
            return new CreditResult.BalanceLimitExceeded(MAX_BALANCE);
        }
        balance = newBalance;
        updatedAt = now;
        return new CreditResult.Credited(balance);
    }

    /** Takes money out if there is enough of it; otherwise changes nothing. */
    public DebitResult debit(Money amount, Instant now) {
        if (balance.isLessThan(amount)) {
            return new DebitResult.InsufficientFunds(balance, amount);
        }
        balance = balance.minus(amount);
        updatedAt = now;
        return new DebitResult.Debited(balance);
    }

    public UserId userId() {
        return userId;
    }

    public Money balance() {
        return balance;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
