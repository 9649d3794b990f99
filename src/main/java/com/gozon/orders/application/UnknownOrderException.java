package com.gozon.orders.application;

import com.gozon.orders.domain.OrderId;

/** A payment result names an order this side never took: the message is parked, nothing changes. */
public class UnknownOrderException extends RuntimeException {

    public UnknownOrderException(OrderId orderId) {
        super("No order " + orderId.value() + " is known");
    }
}
