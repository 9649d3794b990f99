package com.gozon.orders.application;

import com.gozon.orders.domain.CustomerId;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;

import java.util.Optional;

/** Reads orders. */
public interface FindOrdersQuery {

    Optional<Order> findOrder(OrderId id);

    /** A customer's orders, newest first. */
    OrderPage findOrders(CustomerId customerId, PageRequest page);
}
