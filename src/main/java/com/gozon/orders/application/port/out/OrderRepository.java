package com.gozon.orders.application.port.out;

import com.gozon.orders.application.port.in.OrderPage;
import com.gozon.orders.application.port.in.PageRequest;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores orders. */
public interface OrderRepository {

    void insert(Order order);

    /**
     * Claims up to {@code limit} orders still NEW whose payment was last requested before {@code requestedBefore},
     * marking them requested at {@code now}: an order another caller claims meanwhile is not among them.
     */
    List<Order> claimUnsettledRequestedBefore(Instant requestedBefore, Instant now, int limit);

    /** Writes the order's status, failure reason and time of change. */
    void update(Order order);

    Optional<Order> findById(OrderId id);

    /** Loads an order and locks it until the transaction ends. */
    Optional<Order> findByIdForUpdate(OrderId id);

    /** A user's orders, newest first. */
    OrderPage findByUserId(UserId userId, PageRequest page);
}
