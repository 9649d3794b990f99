package com.gozon.outbox;

import org.springframework.modulith.NamedInterface;

import java.util.UUID;

/**
 * An event that a module commits to the outbox and the relay publishes to RabbitMQ. Its id travels as the AMQP
 * message id, so that a resubmitted copy carries the same id and the consumer's inbox recognises it.
 */
@NamedInterface("api")
public interface OutboxEvent {

    UUID eventId();
}
