package com.gozon.inbox;

import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ids of the message being handled, in the logging context ({@link MDC}) of every line logged meanwhile: a
 * structured log ({@code logging.structured.format.console=ecs} or {@code logstash}) carries them as the fields
 * {@value #MESSAGE_ID} and {@value #ORDER_ID}. Only ids that passed {@link InboundMessages}' checks are put there.
 * Closing it removes them, so that the listener thread's next message starts clean.
 */
public final class MessageLogContext implements AutoCloseable {

    public static final String MESSAGE_ID = "messageId";
    public static final String ORDER_ID = "orderId";

    private final List<MDC.MDCCloseable> entries = new ArrayList<>();

    private MessageLogContext() {
    }

    /** An empty context, filled as the message is read. */
    public static MessageLogContext open() {
        return new MessageLogContext();
    }

    public MessageLogContext messageId(UUID messageId) {
        entries.add(MDC.putCloseable(MESSAGE_ID, messageId.toString()));
        return this;
    }

    public MessageLogContext orderId(UUID orderId) {
        entries.add(MDC.putCloseable(ORDER_ID, orderId.toString()));
        return this;
    }

    @Override
    public void close() {
        entries.forEach(MDC.MDCCloseable::close);
    }
}
