package com.gozon.support;

import com.gozon.inbox.MessageHandled;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every {@link MessageHandled} the consumers announced, from whatever thread: what a test waits for when it sends a
 * message and wants to know what became of it (duplicates included, which change nothing else one could watch).
 */
@TestComponent
public class HandledMessages {

    private final Queue<MessageHandled> handled = new ConcurrentLinkedQueue<>();

    @EventListener
    void on(MessageHandled message) {
        handled.add(message);
    }

    /** The results of handling the message with this id, in the order they were announced. */
    public List<Object> resultsOf(UUID messageId) {
        return handled.stream().filter(message -> message.messageId().equals(messageId))
                .map(MessageHandled::result).toList();
    }
}
