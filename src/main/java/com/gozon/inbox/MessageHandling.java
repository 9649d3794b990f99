package com.gozon.inbox;

import org.springframework.amqp.core.Message;
import org.springframework.modulith.NamedInterface;

/** What a consumer does with each message of a batch that {@link MessageBatches} hands it. */
@NamedInterface("api")
public interface MessageHandling<C> {

    /**
     * Reads one message, distrusting it ({@link InboundMessages}); throws {@link InboundMessages#reject} for a message
     * that must be parked at once.
     */
    InboundMessage<C> read(Message message);

    /**
     * Handles one message inside the batch's transaction and returns the use case's result, announced as
     * {@link MessageHandled} once the transaction committed. Throws {@link InboundMessages#reject} to park the message.
     */
    Object handle(C command);
}
