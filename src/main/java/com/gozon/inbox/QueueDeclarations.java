package com.gozon.inbox;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.modulith.NamedInterface;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that says what a queue of the shop looks like (ADR 0025), so that the code and the broker's
 * definitions ({@code docker/rabbitmq/definitions.json}) declare the same arguments; a declaration that differs from
 * the queue on the broker fails with PRECONDITION_FAILED.
 * <ul>
 *   <li>Classic ({@code gozon.inbox.queue-type=classic}): durable, no arguments at all; a broker other than RabbitMQ
 *   refuses arguments it does not know.</li>
 *   <li>Quorum: a consumed queue is a quorum queue that hands a message delivered {@code gozon.inbox.delivery-limit}
 *   times to the parking exchange under the queue's name, at least once ({@code x-dead-letter-strategy=at-least-once},
 *   which needs {@code x-overflow=reject-publish}): the broker never drops one. A parking queue is a quorum queue that
 *   no one consumes; an operator's listing takes its messages and puts them back, which counts as a delivery, so its
 *   limit is set so high that no listing reaches it (RabbitMQ 4 would otherwise drop a message after 20).</li>
 * </ul>
 */
@NamedInterface("api")
public class QueueDeclarations {

    static final String QUEUE_TYPE = "x-queue-type";
    static final String DELIVERY_LIMIT = "x-delivery-limit";
    static final int PARKED_DELIVERY_LIMIT = 1_000_000_000;

    private final InboxProperties properties;

    QueueDeclarations(InboxProperties properties) {
        this.properties = properties;
    }

    /** A queue that a module consumes. */
    public Queue consumed(String name) {
        return QueueBuilder.durable(name).withArguments(consumedArguments(name)).build();
    }

    /** The queue where the messages of {@code consumedQueue} that keep failing are parked. */
    Queue parking(String consumedQueue) {
        return QueueBuilder.durable(consumedQueue + ParkingLot.QUEUE_SUFFIX).withArguments(parkingArguments()).build();
    }

    Map<String, Object> consumedArguments(String name) {
        var arguments = new LinkedHashMap<String, Object>();
        if (properties.queueType() == InboxProperties.QueueType.QUORUM) {
            arguments.put(QUEUE_TYPE, "quorum");
            arguments.put(DELIVERY_LIMIT, properties.deliveryLimit());
            arguments.put("x-dead-letter-exchange", ParkingLot.EXCHANGE);
            arguments.put("x-dead-letter-routing-key", name);
            arguments.put("x-dead-letter-strategy", "at-least-once");
            arguments.put("x-overflow", "reject-publish");
        }
        return arguments;
    }

    Map<String, Object> parkingArguments() {
        var arguments = new LinkedHashMap<String, Object>();
        if (properties.queueType() == InboxProperties.QueueType.QUORUM) {
            arguments.put(QUEUE_TYPE, "quorum");
            arguments.put(DELIVERY_LIMIT, PARKED_DELIVERY_LIMIT);
        }
        return arguments;
    }
}
