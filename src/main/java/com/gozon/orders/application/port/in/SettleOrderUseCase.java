package com.gozon.orders.application.port.in;

/** Settles an order on its payment's outcome, once per message and once per order, however often it arrives. */
public interface SettleOrderUseCase {

    SettleOrderResult settleOrder(SettleOrderCommand command);
}
