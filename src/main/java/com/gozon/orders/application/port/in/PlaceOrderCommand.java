package com.gozon.orders.application.port.in;

import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.UserId;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** What a user orders: who pays (the user placing the order), how much, and an optional description. */
public record PlaceOrderCommand(UserId userId, Money amount, @Nullable String description) {

    public PlaceOrderCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
    }
}
