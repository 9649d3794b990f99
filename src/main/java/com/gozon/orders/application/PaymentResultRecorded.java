package com.gozon.orders.application;

/** What recording a payment result did. */
public enum PaymentResultRecorded {
    /** The order moved to PAID or FAILED. */
    APPLIED,
    /** The message had been processed before; nothing changed. */
    DUPLICATE_MESSAGE,
    /** The order had already moved on; nothing changed. */
    ORDER_ALREADY_SETTLED
}
