package com.gozon.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts handled messages, duplicates included, by queue and result, with the same tags for every module. */
@Component
class HandledMessagesMetric {

    static final String NAME = "gozon.messages.handled";

    private final MeterRegistry meters;

    HandledMessagesMetric(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(MessageHandled handled) {
        meters.counter(NAME, "queue", handled.queue(), "result", handled.result().getClass().getSimpleName())
                .increment();
    }
}
