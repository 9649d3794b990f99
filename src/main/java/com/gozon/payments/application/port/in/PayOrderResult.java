package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Payment;

/** What handling a payment request did. */
public sealed interface PayOrderResult {

    /** The request was new: the payment was made (or declined), recorded and its outcome announced. */
    record Applied(Payment payment) implements PayOrderResult {
    }

    /** The message had been handled before; nothing changed. */
    record DuplicateMessage() implements PayOrderResult {
    }

    /**
     * The order had been paid (or declined) before, by another message; nothing changed, and the recorded outcome was
     * announced again, so that an order whose first answer was lost settles.
     */
    record AlreadySettled(Payment payment) implements PayOrderResult {
    }
}
