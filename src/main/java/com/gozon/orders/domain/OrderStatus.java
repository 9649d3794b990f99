package com.gozon.orders.domain;

/**
 * Where an order stands. The codes are those of the original service: NEW 0, PAID 1, FAILED 2.
 */
public enum OrderStatus {
    NEW(0), PAID(1), FAILED(2);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
