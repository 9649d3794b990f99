package com.gozon.support;

import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The message contracts of docs/messaging.md, one example file each under {@code contracts/}. Producers must write
 * exactly this shape; consumers must read it.
 */
public final class Contracts {

    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private Contracts() {
    }

    public static JsonNode example(String routingKey) {
        try (var in = Contracts.class.getResourceAsStream("/contracts/" + routingKey + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No contract " + routingKey);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example as it arrives from the broker: JSON body, the event id as message id, the routing key. */
    public static Message exampleMessage(String routingKey) {
        var example = example(routingKey);
        var properties = new MessageProperties();
        properties.setMessageId(example.get("eventId").asString());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setReceivedRoutingKey(routingKey);
        // the exchange the contract's producer publishes it to: Orders' for requests, Payments' for results
        properties.setReceivedExchange(routingKey.startsWith("order.") ? PaymentRequestsTopology.ORDERS_EXCHANGE
                : PaymentResultsTopology.PAYMENTS_EXCHANGE);
        return new Message(JSON.writeValueAsBytes(example), properties);
    }

    /** Reads the written message back as a tree, with decimals kept exact, for comparison with the example. */
    public static JsonNode written(Object event) {
        return JSON.readTree(JsonMapper.builder().build().writeValueAsString(event));
    }

    public static UUID uuid(JsonNode example, String field) {
        return UUID.fromString(example.get(field).asString());
    }

    public static BigDecimal decimal(JsonNode example, String field) {
        return example.get(field).decimalValue();
    }

    public static Instant instant(JsonNode example, String field) {
        return Instant.parse(example.get(field).asString());
    }
}
