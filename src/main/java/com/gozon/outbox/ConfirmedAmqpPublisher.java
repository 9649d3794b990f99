package com.gozon.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.RoutingTarget;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes an outbox event to RabbitMQ and completes only once the broker confirmed the message and routed it to a
 * queue (publisher confirms with {@code mandatory}). A nack, a return, a timeout or a missing connection fails the
 * future, which leaves the event publication incomplete for a later resubmission.
 * <p>
 * Every event is an {@link OutboxEvent}: its id travels as the AMQP message id, so that a resubmitted copy carries
 * the same id and the consumer's inbox recognises it.
 */
class ConfirmedAmqpPublisher {

    private static final Logger log = LoggerFactory.getLogger(ConfirmedAmqpPublisher.class);

    private final RabbitTemplate rabbit;
    private final Duration confirmTimeout;
    private final Clock clock;

    ConfirmedAmqpPublisher(RabbitTemplate rabbit, Duration confirmTimeout, Clock clock) {
        if (!rabbit.isMandatoryFor(new Message(new byte[0]))) {
            throw new IllegalStateException("The outbox needs a RabbitTemplate that publishes with mandatory=true");
        }
        this.rabbit = rabbit;
        this.confirmTimeout = confirmTimeout;
        this.clock = clock;
    }

    /**
     * Opens the publishing connection now rather than with the first event, so that the broker's topology is declared
     * on it at start-up (Spring AMQP declares it whenever a connection opens), not in the middle of the traffic.
     */
    void connect() {
        try {
            rabbit.execute(channel -> null);
        } catch (AmqpException e) {
            log.info("The outbox connects to the broker with its first event: {}", e.getMessage());
        }
    }

    /**
     * Runs {@code sends} with one channel of the publisher connection bound to this thread: every {@link #publish}
     * inside goes out on it. Fails, sending nothing, when no channel can be had.
     */
    void onOneChannel(Sends sends) throws InterruptedException {
        try {
            rabbit.invoke(operations -> {
                try {
                    sends.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        } finally {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /**
     * Sends the publication and returns at once; the future completes on the AMQP connection's thread when the broker
     * confirmed it, or fails there (or on the timeout's thread): whoever waits on it must not do slow work there. The
     * body is the registry's JSON of the event, and the message carries the trace the event was published in as its
     * W3C {@code traceparent} header, which the consumer's observation continues.
     */
    CompletableFuture<?> publish(PendingPublication publication) {
        var eventId = publication.eventId().toString();
        var target = publication.target();
        var properties = new MessageProperties();
        properties.setMessageId(eventId);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding("UTF-8");
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setTimestamp(Date.from(clock.instant()));
        if (publication.traceParent() != null) {
            properties.setHeader(OutboxTracing.TRACEPARENT, publication.traceParent());
        }
        var message = new Message(publication.payload().getBytes(StandardCharsets.UTF_8), properties);

        return send(target, eventId, message).whenComplete((confirm, failure) -> {
            if (failure != null) {
                log.warn("Event {} to {} is not published yet and will be resubmitted: {}", eventId, target,
                        rootMessage(failure));
            }
        });
    }

    private CompletableFuture<?> send(RoutingTarget target, String eventId, Message message) {
        var correlation = new CorrelationData(eventId + "/" + UUID.randomUUID());
        try {
            rabbit.send(target.getTarget(), target.getKey(), message, correlation);
        } catch (AmqpException e) {
            return CompletableFuture.failedFuture(e);
        }
        return correlation.getFuture()
                .orTimeout(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(confirm -> {
                    var returned = correlation.getReturned();
                    if (returned != null) {
                        throw new UnconfirmedPublicationException("Broker returned " + eventId + " to " + target
                                + ": " + returned.getReplyCode() + " " + returned.getReplyText());
                    }
                    if (!confirm.ack()) {
                        throw new UnconfirmedPublicationException("Broker refused " + eventId + " to " + target
                                + ": " + confirm.reason());
                    }
                    return confirm;
                });
    }

    private static String rootMessage(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof TimeoutException ? "no confirm within the timeout" : String.valueOf(cause.getMessage());
    }

    /** What {@link #onOneChannel} runs: sends that may wait for room among the messages in flight. */
    @FunctionalInterface
    interface Sends {

        void run() throws InterruptedException;
    }

    /** The broker did not take responsibility for a message. */
    static class UnconfirmedPublicationException extends RuntimeException {

        UnconfirmedPublicationException(String message) {
            super(message);
        }
    }
}
