package com.gozon.orders.adapter.out.persistence;

import com.gozon.orders.application.port.out.Inbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** The inbox in the table {@code orders.inbox_message}; a concurrent insert of the same id waits and then loses. */
@Component
class InboxPersistenceAdapter implements Inbox {

    private final JdbcClient jdbc;

    InboxPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(UUID messageId) {
        return jdbc.sql("insert into orders.inbox_message (message_id, processed_at) values (?, now()) "
                        + "on conflict (message_id) do nothing")
                .param(messageId)
                .update() == 1;
    }
}
