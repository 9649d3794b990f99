package com.gozon.support;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import java.nio.charset.StandardCharsets;

/** Builds AMQP messages the way a producer of a contract would. */
public final class Messages {

    private Messages() {
    }

    public static Message json(String messageId, String body) {
        var properties = new MessageProperties();
        if (messageId != null) {
            properties.setMessageId(messageId);
        }
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }
}
