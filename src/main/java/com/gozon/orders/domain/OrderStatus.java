package com.gozon.orders.domain;

/** Where an order stands: NEW until its payment is settled, then PAID or FAILED (the original's codes 0, 1, 2). */
public enum OrderStatus {
    NEW, PAID, FAILED
}
