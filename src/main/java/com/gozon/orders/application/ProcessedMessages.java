package com.gozon.orders.application;

import java.util.UUID;

/** The inbox: remembers which messages were processed. */
public interface ProcessedMessages {

    /** Records the message as processed in the current transaction; false when it was already. */
    boolean markProcessed(UUID messageId);
}
