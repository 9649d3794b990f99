package com.gozon.orders.application.port.in;

import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;

/** What settling an order on its payment's outcome did. */
public sealed interface SettleOrderResult {

    /** The order moved from NEW to PAID or FAILED. */
    record Applied(Order order) implements SettleOrderResult {
    }

    /** The message had been handled before; nothing changed. */
    record DuplicateMessage() implements SettleOrderResult {
    }

    /** The order had been settled before, by another message; nothing changed. */
    record AlreadySettled(Order order) implements SettleOrderResult {
    }

    /** No order has this id; nothing changed. */
    record UnknownOrder(OrderId orderId) implements SettleOrderResult {
    }

    /** The outcome is about another amount than the order's: it cannot be this order's payment; nothing changed. */
    record AmountMismatch(OrderId orderId, Money orderAmount, Money reportedAmount) implements SettleOrderResult {
    }

    /** The outcome is about another user's account than the order's: it cannot be this order's payment. */
    record UserMismatch(OrderId orderId, UserId orderUser, UserId reportedUser) implements SettleOrderResult {
    }
}
