package com.gozon.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many messages wait in each parking queue of this process for an operator, read on a schedule with a passive
 * declare (the broker answers with the queue's message count; nothing is consumed). NaN while the broker does not
 * answer or the queue is missing.
 */
class ParkingQueueDepth implements MeterBinder {

    private final AmqpAdmin admin;
    private final Set<String> queues;
    private final Map<String, Double> depths = new ConcurrentHashMap<>();

    ParkingQueueDepth(AmqpAdmin admin, Set<String> queues) {
        this.admin = admin;
        this.queues = Set.copyOf(queues);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        queues.forEach(queue -> Gauge.builder("gozon.parking.messages", () -> depths.getOrDefault(queue, Double.NaN))
                .tag("queue", queue)
                .description("Messages parked in the queue after their retries, waiting for an operator")
                .register(registry));
    }

    void refresh() {
        queues.forEach(queue -> depths.put(queue, depth(queue)));
    }

    private double depth(String queue) {
        try {
            var info = admin.getQueueInfo(queue);
            return info == null ? Double.NaN : info.getMessageCount();
        } catch (AmqpException e) {
            return Double.NaN;
        }
    }
}
