package com.gozon.orders.adapter.in.messaging;

import com.gozon.orders.application.port.in.RequestPaymentAgainUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Every {@code gozon.orders.payment-rerequest-interval}, asks again for the payment of the orders still NEW
 * {@code gozon.orders.payment-rerequest-after} after their request (issue 19): whatever lost the request or its result
 * (a broker node's disk, a purged queue, a parked message), the order settles, once. Counted in
 * {@code gozon.orders.payment.rerequested}, which should stay at zero.
 */
@Component
class UnsettledOrders {

    static final String METRIC = "gozon.orders.payment.rerequested";
    private static final Logger log = LoggerFactory.getLogger(UnsettledOrders.class);

    private final RequestPaymentAgainUseCase requestAgain;
    private final Duration unsettledFor;
    private final int batchSize;
    private final Counter rerequested;

    UnsettledOrders(RequestPaymentAgainUseCase requestAgain,
                    @Value("${gozon.orders.payment-rerequest-after:2m}") Duration unsettledFor,
                    @Value("${gozon.orders.payment-rerequest-batch:100}") int batchSize, MeterRegistry meters) {
        this.requestAgain = requestAgain;
        this.unsettledFor = unsettledFor;
        this.batchSize = batchSize;
        this.rerequested = Counter.builder(METRIC)
                .description("Payments requested again for orders still NEW long after their request")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${gozon.orders.payment-rerequest-interval:5s}",
            initialDelayString = "${gozon.orders.payment-rerequest-interval:5s}")
    void requestAgain() {
        var count = requestAgain.requestPaymentAgain(unsettledFor, batchSize);
        if (count > 0) {
            rerequested.increment(count);
            log.warn("Requested the payment of {} order(s) again: still NEW {} after their request", count,
                    unsettledFor);
        }
    }
}
