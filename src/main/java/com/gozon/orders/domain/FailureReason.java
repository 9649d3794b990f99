package com.gozon.orders.domain;

/** Why the payment of an order failed. */
public enum FailureReason {
    INSUFFICIENT_FUNDS, ACCOUNT_NOT_FOUND
}
