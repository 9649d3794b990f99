package com.gozon.inbox;

import org.springframework.modulith.NamedInterface;

import java.util.UUID;

/**
 * Announced by a consumer after it handled a message and its transaction committed.
 *
 * @param queue     the queue the message came from
 * @param messageId the inbox key of the message
 * @param result    the use case's result, one of its sealed variants (its simple name tags the metric)
 */
@NamedInterface("api")
public record MessageHandled(String queue, UUID messageId, Object result) {
}
