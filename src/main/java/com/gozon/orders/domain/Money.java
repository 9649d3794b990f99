package com.gozon.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in the shop's single currency: never negative, at most two fractional digits.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    /** The largest amount a single request may carry. */
    public static final BigDecimal MAX_PER_REQUEST = new BigDecimal("1000000000.00");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("Money cannot be negative: " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("Money has at most two fractional digits: " + amount.toPlainString());
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** An amount a user may ask to pay: positive and at most {@link #MAX_PER_REQUEST}. */
    public static Money requested(BigDecimal amount) {
        var money = new Money(amount);
        if (money.isZero() || money.amount.compareTo(MAX_PER_REQUEST) > 0) {
            throw new IllegalArgumentException("A requested amount lies between 0.01 and " + MAX_PER_REQUEST.toPlainString());
        }
        return money;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
