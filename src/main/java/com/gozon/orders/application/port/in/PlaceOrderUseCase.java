package com.gozon.orders.application.port.in;

import com.gozon.orders.domain.Order;

/** Places an order and requests its payment, in one transaction. */
public interface PlaceOrderUseCase {

    /** The order, NEW; it always succeeds once the command is valid. */
    Order placeOrder(PlaceOrderCommand command);
}
