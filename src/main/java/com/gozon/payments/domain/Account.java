package com.gozon.payments.domain;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A user's account. Its balance never goes negative and never exceeds {@link #MAX_BALANCE}. Every change of the
 * balance is a {@link LedgerEntry}: the account keeps the entries it made since it was loaded until the repository
 * writes them, in the same transaction as the balance.
 */
public final class Account {

    /** The largest balance an account may hold; a top-up beyond it is refused. */
    public static final Money MAX_BALANCE = new Money(new BigDecimal("999999999999999.99"));

    private final UserId userId;
    private final Instant createdAt;
    private final List<LedgerEntry> newEntries = new ArrayList<>();
    private Money balance;
    private long ledgerSequence;
    private Instant updatedAt;

    private Account(UserId userId, Money balance, long ledgerSequence, Instant createdAt, Instant updatedAt) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.balance = Objects.requireNonNull(balance, "balance");
        this.ledgerSequence = ledgerSequence;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Opens an empty account; its ledger starts with the opening. */
    public static Account open(UserId userId, Instant now) {
        var account = new Account(userId, Money.ZERO, 0, now, now);
        account.record(EntryKind.OPENED, Money.ZERO, null, null, now);
        return account;
    }

    /** Rebuilds an account that was stored before, with the sequence number of its latest ledger entry. */
    public static Account restore(UserId userId, Money balance, long ledgerSequence, Instant createdAt,
                                  Instant updatedAt) {
        return new Account(userId, balance, ledgerSequence, createdAt, updatedAt);
    }

    /** Adds money, unless the balance would exceed {@link #MAX_BALANCE}; then changes nothing. */
    public CreditResult credit(Money amount, Instant now) {
        return credit(amount, null, now);
    }

    /**
     * Adds money, unless the balance would exceed {@link #MAX_BALANCE}; then changes nothing. The ledger entry keeps
     * the client's key of the top-up, so that anyone can tell which request it came from.
     */
    public CreditResult credit(Money amount, @Nullable String topUpKey, Instant now) {
        var newBalance = balance.plus(amount);
        if (MAX_BALANCE.isLessThan(newBalance)) {
            return new CreditResult.BalanceLimitExceeded(MAX_BALANCE);
        }
        balance = newBalance;
        record(EntryKind.TOP_UP, amount, null, topUpKey, now);
        return new CreditResult.Credited(balance);
    }

    /** Takes the order's amount out if there is enough of it; otherwise changes nothing. */
    public DebitResult debit(OrderId orderId, Money amount, Instant now) {
        if (balance.isLessThan(amount)) {
            return new DebitResult.InsufficientFunds(balance, amount);
        }
        balance = balance.minus(amount);
        record(EntryKind.DEBIT, amount, orderId, null, now);
        return new DebitResult.Debited(balance);
    }

    private void record(EntryKind kind, Money amount, @Nullable OrderId orderId, @Nullable String topUpKey,
                        Instant now) {
        ledgerSequence++;
        updatedAt = now;
        newEntries.add(new LedgerEntry(userId, ledgerSequence, kind, amount, balance, orderId, topUpKey, now));
    }

    /** The entries made since the account was opened or loaded, oldest first: for the repository to write. */
    public List<LedgerEntry> newEntries() {
        return List.copyOf(newEntries);
    }

    public UserId userId() {
        return userId;
    }

    public Money balance() {
        return balance;
    }

    /** The sequence number of the latest ledger entry, new entries included. */
    public long ledgerSequence() {
        return ledgerSequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
