package com.gozon.payments.application.port.in;

/** A page of a listing: zero-based number and size, the size at most {@link #MAX_SIZE}. */
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (number < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size lies between 1 and " + MAX_SIZE);
        }
    }

    /** How many entries come before this page; a long, so that a far page cannot overflow. */
    public long offset() {
        return (long) number * size;
    }
}
