package com.gozon.payments.application.port.in;

/**
 * Pays an order from its user's account, at most once per message and once per order, and records the outcome in
 * the outbox, all in one transaction.
 */
public interface PayOrderUseCase {

    PayOrderResult payOrder(PayOrderCommand command);
}
