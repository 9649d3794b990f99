package com.gozon.payments.application.port.out;

import java.util.UUID;

/** The inbox: the ids of the messages this module handled, so that a redelivered copy changes nothing. */
public interface Inbox {

    /** Records the message in the current transaction; false when it had been recorded before. */
    boolean add(UUID messageId);
}
