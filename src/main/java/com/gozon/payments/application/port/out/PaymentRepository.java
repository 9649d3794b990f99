package com.gozon.payments.application.port.out;

import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.Payment;

import java.util.Optional;

/** Stores payments, one per order. */
public interface PaymentRepository {

    /** The payment made for the order, if one was. */
    Optional<Payment> findByOrder(OrderId orderId);

    void insert(Payment payment);
}
