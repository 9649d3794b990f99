package com.gozon.orders.application.port.in;

import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;

import java.util.Optional;

/** Reads orders; a user sees only their own. */
public interface FindOrdersQuery {

    /**
     * The requester's order with this id, or empty when there is none or it is another user's: the two look alike,
     * so that nobody learns which order ids exist.
     */
    Optional<Order> findOrder(UserId requester, OrderId orderId);

    /** The requester's orders, newest first. */
    OrderPage findOrders(UserId requester, PageRequest page);
}
