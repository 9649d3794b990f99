package com.gozon.payments.domain;

/** A top-up would take a balance past the largest one an account may hold. */
public class BalanceLimitExceededException extends RuntimeException {

    public BalanceLimitExceededException(UserId owner, Money limit) {
        super("The balance of " + owner.value() + " would exceed " + limit);
    }
}
