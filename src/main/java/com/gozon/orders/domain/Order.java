package com.gozon.orders.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's order. It is placed {@link OrderStatus#NEW} and settled exactly once, as PAID or as FAILED.
 */
public final class Order {

    public static final int MAX_DESCRIPTION_LENGTH = 500;

    private final OrderId id;
    private final UserId userId;
    private final Money amount;
    private final @Nullable String description;
    private final Instant createdAt;
    private OrderStatus status;
    private @Nullable FailureReason failureReason;
    private Instant updatedAt;

    private Order(OrderId id, UserId userId, Money amount, @Nullable String description, OrderStatus status,
                  @Nullable FailureReason failureReason, Instant createdAt, Instant updatedAt) {
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if ((status == OrderStatus.FAILED) != (failureReason != null)) {
            throw new IllegalArgumentException("A failure reason goes with a FAILED order, and only with one");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.description = description;
        this.status = Objects.requireNonNull(status, "status");
        this.failureReason = failureReason;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Places a new order; its payment is still to be made. */
    public static Order place(UserId userId, Money amount, @Nullable String description, Instant now) {
        if (amount.isZero()) {
            throw new IllegalArgumentException("An order costs more than nothing");
        }
        return new Order(OrderId.newId(), userId, amount, description, OrderStatus.NEW, null, now, now);
    }

    /** Rebuilds an order that was stored before. */
    public static Order restore(OrderId id, UserId userId, Money amount, @Nullable String description,
                                OrderStatus status, @Nullable FailureReason failureReason, Instant createdAt,
                                Instant updatedAt) {
        return new Order(id, userId, amount, description, status, failureReason, createdAt, updatedAt);
    }

    /** Whether this is the user's order: only its user may see it. */
    public boolean belongsTo(UserId user) {
        return userId.equals(user);
    }

    /** Whether the payment's outcome is known: an order is settled once, and stays as it was settled. */
    public boolean isSettled() {
        return status != OrderStatus.NEW;
    }

    /** Records that the payment succeeded. */
    public void markPaid(Instant now) {
        settle(OrderStatus.PAID, null, now);
    }

    /** Records that the payment failed, and why. */
    public void markFailed(FailureReason reason, Instant now) {
        settle(OrderStatus.FAILED, Objects.requireNonNull(reason, "reason"), now);
    }

    private void settle(OrderStatus target, @Nullable FailureReason reason, Instant now) {
        if (isSettled()) {
            throw new IllegalStateException("Order " + id.value() + " was settled before, as " + status);
        }
        status = target;
        failureReason = reason;
        updatedAt = now;
    }

    public OrderId id() {
        return id;
    }

    public UserId userId() {
        return userId;
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
