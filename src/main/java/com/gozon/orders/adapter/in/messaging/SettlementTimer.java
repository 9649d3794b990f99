package com.gozon.orders.adapter.in.messaging;

import com.gozon.inbox.MessageHandled;
import com.gozon.orders.application.port.in.SettleOrderResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Times each order from its creation to its final status, once, when a payment result moved it out of NEW: the
 * time a customer waits for the outcome. A histogram, so that percentiles can be computed across instances.
 */
@Component
class SettlementTimer {

    static final String NAME = "gozon.orders.settlement";

    private final MeterRegistry meters;

    SettlementTimer(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(MessageHandled handled) {
        if (handled.result() instanceof SettleOrderResult.Applied applied) {
            var order = applied.order();
            Timer.builder(NAME)
                    .description("From an order's creation until it left NEW, by the status it reached")
                    .tag("status", order.status().name())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(5))
                    .maximumExpectedValue(Duration.ofMinutes(10))
                    .register(meters)
                    .record(Duration.between(order.createdAt(), order.updatedAt()));
        }
    }
}
