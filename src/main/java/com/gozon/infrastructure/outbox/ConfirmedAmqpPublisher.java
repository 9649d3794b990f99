package com.gozon.infrastructure.outbox;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

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
    private final JsonMapper json;
    private final Duration confirmTimeout;
    private final Clock clock;
    private final OutboxTracing tracing;

    ConfirmedAmqpPublisher(RabbitTemplate rabbit, JsonMapper json, Duration confirmTimeout, Clock clock,
                           OutboxTracing tracing) {
        if (!rabbit.isMandatoryFor(new Message(new byte[0]))) {
            throw new IllegalStateException("The outbox needs a RabbitTemplate that publishes with mandatory=true");
        }
        this.rabbit = rabbit;
        this.json = json;
        this.confirmTimeout = confirmTimeout;
        this.clock = clock;
        this.tracing = tracing;
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
     * Sends the event and returns at once; the future completes on the AMQP connection's thread when the broker
     * confirmed it, or fails there (or on the timeout's thread): whoever waits on it must not do slow work there.
     */
    CompletableFuture<?> publish(RoutingTarget target, OutboxEvent event, @Nullable String traceParent) {
        var eventId = event.eventId().toString();
        var properties = new MessageProperties();
        properties.setMessageId(eventId);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding("UTF-8");
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setTimestamp(Date.from(clock.instant()));
        var message = new Message(json.writeValueAsBytes(event), properties);

        return send(target, eventId, message, traceParent).whenComplete((confirm, failure) -> {
            if (failure != null) {
                log.warn("Event {} to {} is not published yet and will be resubmitted: {}", eventId, target,
                        rootMessage(failure));
            }
        });
    }

    private CompletableFuture<?> send(RoutingTarget target, String eventId, Message message,
                                      @Nullable String traceParent) {
        var correlation = new CorrelationData(eventId + "/" + UUID.randomUUID());
        try {
            // in the trace the event was published in: the template's observation writes it into the headers
            tracing.continueTrace(traceParent,
                    () -> rabbit.send(target.getTarget(), target.getKey(), message, correlation));
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

    /** The broker did not take responsibility for a message. */
    static class UnconfirmedPublicationException extends RuntimeException {

        UnconfirmedPublicationException(String message) {
            super(message);
        }
    }
}
