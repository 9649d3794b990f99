package com.gozon.orders.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's order. It is created {@link OrderStatus#NEW} and moves exactly once, to PAID or to FAILED.
 */
public final class Order {

    public static final int MAX_DESCRIPTION_LENGTH = 500;

    private final OrderId id;
    private final CustomerId customerId;
    private final Money amount;
    private final String description;
    private final Instant createdAt;
    private OrderStatus status;
    private FailureReason failureReason;
    private Instant updatedAt;

    private Order(OrderId id, CustomerId customerId, Money amount, String description, OrderStatus status,
                  FailureReason failureReason, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.amount = Objects.requireNonNull(amount, "amount");
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        this.description = description;
        this.status = Objects.requireNonNull(status, "status");
        this.failureReason = failureReason;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Places a new order; its payment is still to be made. */
    public static Order place(CustomerId customerId, Money amount, String description, Instant now) {
        if (amount.amount().signum() == 0) {
            throw new IllegalArgumentException("An order costs more than nothing");
        }
        return new Order(OrderId.newId(), customerId, amount, description, OrderStatus.NEW, null, now, now);
    }

    /** Rebuilds an order that was stored before. */
    public static Order restore(OrderId id, CustomerId customerId, Money amount, String description,
                                OrderStatus status, FailureReason failureReason, Instant createdAt, Instant updatedAt) {
        return new Order(id, customerId, amount, description, status, failureReason, createdAt, updatedAt);
    }

    /** Records a successful payment; returns false when the order had already moved on. */
    public boolean markPaid(Instant now) {
        return moveTo(OrderStatus.PAID, null, now);
    }

    /** Records a failed payment; returns false when the order had already moved on. */
    public boolean markFailed(FailureReason reason, Instant now) {
        return moveTo(OrderStatus.FAILED, Objects.requireNonNull(reason, "reason"), now);
    }

    private boolean moveTo(OrderStatus target, FailureReason reason, Instant now) {
        if (status != OrderStatus.NEW) {
            return false;
        }
        status = target;
        failureReason = reason;
        updatedAt = now;
        return true;
    }

    public OrderId id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public Money amount() {
        return amount;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public OrderStatus status() {
        return status;
    }

    public Optional<FailureReason> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
