package com.gozon.orders.application;

import com.gozon.orders.domain.Order;

/** Places an order and asks for its payment, in one transaction. */
public interface PlaceOrderUseCase {

    Order placeOrder(PlaceOrderCommand command);
}
