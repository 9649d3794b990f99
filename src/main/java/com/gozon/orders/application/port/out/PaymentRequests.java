package com.gozon.orders.application.port.out;

import com.gozon.orders.domain.Order;

/** Asks the payments side to pay an order; the request is committed with the order (outbox). */
public interface PaymentRequests {

    void requestPayment(Order order);
}
