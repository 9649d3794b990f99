package com.gozon.orders.application;

import com.gozon.orders.domain.CustomerId;
import com.gozon.orders.domain.Money;

import java.util.Objects;

/** What a customer orders: who pays, how much, and an optional description. */
public record PlaceOrderCommand(CustomerId customerId, Money amount, String description) {

    public PlaceOrderCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
    }
}
