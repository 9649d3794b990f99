package com.gozon.payments.application;

import com.gozon.payments.domain.PaymentOutcome;

/** What handling a payment request did. */
public sealed interface PayOrderResult {

    /** The request was new: a payment was recorded and its outcome published. */
    record Processed(PaymentOutcome outcome) implements PayOrderResult {
    }

    /** The same message had been processed before; nothing changed. */
    record DuplicateMessage() implements PayOrderResult {
    }

    /** The order had been paid (or declined) before, under another message; nothing changed. */
    record OrderAlreadyProcessed() implements PayOrderResult {
    }
}
