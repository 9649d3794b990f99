package com.gozon.orders.application.port.in;

import java.time.Duration;

/**
 * The end-to-end net that does not trust the broker (issue 19): an order still NEW long after its payment was requested
 * has it requested again, with the same order id, so that a request or a result lost on the way cannot strand it.
 * Payments pays an order at most once and answers a repeated request with the outcome it recorded.
 */
public interface RequestPaymentAgainUseCase {

    /**
     * Requests again the payment of up to {@code limit} orders still NEW whose payment was last requested more than
     * {@code unsettledFor} ago, each by one caller only; returns how many.
     */
    int requestPaymentAgain(Duration unsettledFor, int limit);
}
