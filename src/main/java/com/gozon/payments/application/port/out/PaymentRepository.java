package com.gozon.payments.application.port.out;

import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.Payment;

/** Stores payments, one per order. */
public interface PaymentRepository {

    boolean existsForOrder(OrderId orderId);

    void insert(Payment payment);
}
