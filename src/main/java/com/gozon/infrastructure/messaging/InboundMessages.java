package com.gozon.infrastructure.messaging;

import org.jspecify.annotations.Nullable;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/**
 * Reads what a consumer receives. A message that cannot be read is rejected with a short reason and parked at once:
 * retrying it would not make it readable.
 */
public final class InboundMessages {

    private InboundMessages() {
    }

    /** The JSON body as the given type. */
    public static <T> T body(Message message, JsonMapper json, Class<T> type) {
        try {
            return json.readValue(message.getBody(), type);
        } catch (JacksonException e) {
            throw reject("The body is not valid JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    /**
     * The message id, the key of the inbox: the AMQP message id, or the event id in the body when a copy was
     * republished without one.
     */
    public static UUID messageId(Message message, @Nullable UUID eventId) {
        var id = message.getMessageProperties().getMessageId();
        if (id == null) {
            if (eventId == null) {
                throw reject("The message carries neither a message id nor an eventId");
            }
            return eventId;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw reject("The message id " + id + " is not a UUID");
        }
    }

    /** Parks the message with the reason. */
    public static AmqpRejectAndDontRequeueException reject(String reason) {
        return new AmqpRejectAndDontRequeueException(reason);
    }
}
