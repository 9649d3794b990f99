package com.gozon.payments.application;

import com.gozon.payments.domain.Payment;

import java.util.UUID;

/** Stores payments, one per order. */
public interface PaymentRepository {

    boolean existsForOrder(UUID orderId);

    void insert(Payment payment);
}
