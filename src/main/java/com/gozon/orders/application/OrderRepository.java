package com.gozon.orders.application;

import com.gozon.orders.domain.CustomerId;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;

import java.util.Optional;

/** Stores orders. */
public interface OrderRepository {

    void save(Order order);

    Optional<Order> findById(OrderId id);

    /** Loads an order and locks it until the transaction ends. */
    Optional<Order> findByIdForUpdate(OrderId id);

    OrderPage findByCustomer(CustomerId customerId, PageRequest page);
}
