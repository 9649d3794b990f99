package com.gozon.inbox;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What an operator does with the parking queues: look at what is parked and why, and send a message back to where it
 * came from once its cause is fixed, with its original message id (so that the inbox still recognises a copy).
 * A replayed message is acknowledged in its parking queue only after the broker confirmed the copy. The shop parks a
 * message with Spring AMQP's headers ({@code x-original-exchange}, {@code x-exception-message}); the broker, when a
 * quorum queue's delivery limit is reached, with its own ({@code x-death}, {@code x-first-death-reason}): both are
 * read, and both are removed from a replayed copy.
 */
public class ParkedMessages {

    static final String REASON = "x-exception-message";
    static final String ORIGINAL_EXCHANGE = "x-original-exchange";
    static final String ORIGINAL_ROUTING_KEY = "x-original-routingKey";
    static final String FIRST_FAILURE = "x-gozon-first-failure";
    static final String OUTAGE_SUSPECTED = "x-gozon-outage-suspected";
    /** What the broker writes when it dead-letters a message (a quorum queue's delivery limit, ADR 0025). */
    static final String DEATHS = "x-death";
    static final String FIRST_DEATH_REASON = "x-first-death-reason";
    static final String FIRST_DEATH_EXCHANGE = "x-first-death-exchange";
    private static final Set<String> PARKING_HEADERS = Set.of(REASON, "x-exception-stacktrace", ORIGINAL_EXCHANGE,
            ORIGINAL_ROUTING_KEY, FIRST_FAILURE, OUTAGE_SUSPECTED, DEATHS, FIRST_DEATH_REASON, FIRST_DEATH_EXCHANGE,
            "x-first-death-queue", "x-last-death-reason", "x-last-death-exchange", "x-last-death-queue");

    private final RabbitTemplate rabbit;
    private final Set<String> parkingQueues;
    private final int maxMessages;
    private final Duration confirmTimeout;
    private final DefaultMessagePropertiesConverter converter = new DefaultMessagePropertiesConverter();

    ParkedMessages(RabbitTemplate rabbit, Set<String> parkingQueues, int maxMessages, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.parkingQueues = Set.copyOf(parkingQueues);
        this.maxMessages = maxMessages;
        this.confirmTimeout = confirmTimeout;
    }

    /** The parking queues of this process. */
    public Set<String> queues() {
        return parkingQueues;
    }

    /** Up to the first {@code maxMessages} messages of a parking queue, which all stay where they are. */
    public List<Parked> list(String parkingQueue) {
        requireKnown(parkingQueue);
        return rabbit.execute(channel -> {
            var seen = new ArrayList<Parked>();
            var tags = new ArrayList<Long>();
            try {
                for (GetResponse response; seen.size() < maxMessages
                        && (response = channel.basicGet(parkingQueue, false)) != null; ) {
                    tags.add(response.getEnvelope().getDeliveryTag());
                    seen.add(parked(response.getProps()));
                }
            } finally {
                requeue(channel, tags);
            }
            return seen;
        });
    }

    /**
     * Sends parked messages back to their original exchange and routing key: the one with the given message id, or
     * all of them (at most {@code maxMessages} per call) when it is null. Returns how many went back.
     */
    public int replay(String parkingQueue, @Nullable String messageId) {
        requireKnown(parkingQueue);
        return rabbit.execute(channel -> {
            var kept = new ArrayList<Long>();
            var replayed = 0;
            try {
                for (GetResponse response; replayed + kept.size() < maxMessages
                        && (response = channel.basicGet(parkingQueue, false)) != null; ) {
                    var tag = response.getEnvelope().getDeliveryTag();
                    if (messageId != null && !messageId.equals(response.getProps().getMessageId())) {
                        kept.add(tag);
                        continue;
                    }
                    sendBack(response);
                    channel.basicAck(tag, false);
                    replayed++;
                }
            } finally {
                requeue(channel, kept);
            }
            return replayed;
        });
    }

    private void sendBack(GetResponse response) throws IOException {
        var properties = converter.toMessageProperties(response.getProps(), response.getEnvelope(), "UTF-8");
        var origin = origin(properties.getHeaders());
        var exchange = origin.exchange();
        var routingKey = origin.routingKey();
        if (exchange == null || routingKey == null) {
            throw new IOException("Parked message " + properties.getMessageId() + " does not say where it came from");
        }
        PARKING_HEADERS.forEach(properties.getHeaders()::remove);
        var correlation = new CorrelationData("replay/" + properties.getMessageId() + "/" + UUID.randomUUID());
        rabbit.send(exchange, routingKey, new Message(response.getBody(), properties), correlation);
        try {
            var confirm = correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack() || correlation.getReturned() != null) {
                throw new IOException("The broker did not take the replayed message " + properties.getMessageId());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("No confirm for the replayed message " + properties.getMessageId(), e);
        }
    }

    private Parked parked(AMQP.BasicProperties properties) {
        var headers = properties.getHeaders() == null ? Map.<String, Object>of() : properties.getHeaders();
        var origin = origin(headers);
        var reason = text(headers.get(REASON));
        if (reason == null && headers.get(FIRST_DEATH_REASON) != null) {
            reason = "Dead-lettered by the broker: " + text(headers.get(FIRST_DEATH_REASON));
        }
        return new Parked(properties.getMessageId(), origin.exchange(), origin.routingKey(), reason,
                text(headers.get(FIRST_FAILURE)), Boolean.parseBoolean(text(headers.get(OUTAGE_SUSPECTED))));
    }

    /**
     * Where a parked message came from: the shop's headers, or else the broker's record of the first dead-lettering
     * (the first entry of {@code x-death} is the latest; the last one, the first).
     */
    private static Origin origin(Map<String, Object> headers) {
        var exchange = text(headers.get(ORIGINAL_EXCHANGE));
        var routingKey = text(headers.get(ORIGINAL_ROUTING_KEY));
        if (exchange == null && headers.get(DEATHS) instanceof List<?> deaths && !deaths.isEmpty()
                && deaths.get(deaths.size() - 1) instanceof Map<?, ?> first) {
            exchange = text(first.get("exchange"));
            if (first.get("routing-keys") instanceof List<?> keys && !keys.isEmpty()) {
                routingKey = text(keys.get(0));
            }
        }
        return new Origin(exchange, routingKey);
    }

    private record Origin(@Nullable String exchange, @Nullable String routingKey) {
    }

    private void requireKnown(String parkingQueue) {
        if (!parkingQueues.contains(parkingQueue)) {
            throw new IllegalArgumentException("No parking queue " + parkingQueue + " here; there are " + parkingQueues);
        }
    }

    private static void requeue(Channel channel, List<Long> tags) throws IOException {
        for (var tag : tags) {
            channel.basicNack(tag, false, true);
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * A parked message as an operator sees it: which it is, where it came from, why it was parked (the exception's
     * message and what failed first), and whether that looks like an outage: a good message to replay once the
     * database is back, and a sign that a failure was not recognised as passing.
     */
    public record Parked(@Nullable String messageId, @Nullable String originalExchange,
                         @Nullable String originalRoutingKey, @Nullable String reason, @Nullable String firstFailure,
                         boolean outageSuspected) {
    }
}
