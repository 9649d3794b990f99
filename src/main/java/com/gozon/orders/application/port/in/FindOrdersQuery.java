package com.gozon.orders.application.port.in;

import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;

import java.util.Optional;

/** Reads orders. */
public interface FindOrdersQuery {

    /** The order, or empty when there is none with this id. */
    Optional<Order> findOrder(OrderId orderId);

    /** A user's orders, newest first. */
    OrderPage findOrders(UserId userId, PageRequest page);
}
