package com.gozon.payments.domain;

/** Why a payment was declined. */
public enum DeclineReason {
    INSUFFICIENT_FUNDS, ACCOUNT_NOT_FOUND
}
