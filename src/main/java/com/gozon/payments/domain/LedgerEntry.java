package com.gozon.payments.domain;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of an account's balance, as the ledger keeps it: the n-th entry of the account, what kind of change, by
 * how much, the balance after it, for a debit the order it paid, and for a top-up the key its client gave it (the
 * {@code Idempotency-Key} of its request), if any. Entries are never changed; the balance after the latest one is the
 * account's balance.
 */
public record LedgerEntry(UserId userId, long sequence, EntryKind kind, Money amount, Money balanceAfter,
                          @Nullable OrderId orderId, @Nullable String topUpKey, Instant createdAt) {

    public LedgerEntry {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("A ledger counts its entries from 1");
        }
        if ((kind == EntryKind.DEBIT) != (orderId != null)) {
            throw new IllegalArgumentException("A debit, and only a debit, names its order");
        }
        if (topUpKey != null && kind != EntryKind.TOP_UP) {
            throw new IllegalArgumentException("Only a top-up carries a client's key");
        }
    }

    /** The change of the balance: negative for a debit. */
    public BigDecimal signedAmount() {
        return kind == EntryKind.DEBIT ? amount.amount().negate() : amount.amount();
    }
}
