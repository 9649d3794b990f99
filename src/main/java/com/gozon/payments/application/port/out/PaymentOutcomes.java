package com.gozon.payments.application.port.out;

import com.gozon.payments.domain.Payment;

/** Announces a payment's outcome to whoever asked for it; committed with the payment (outbox). */
public interface PaymentOutcomes {

    void announce(Payment payment);
}
