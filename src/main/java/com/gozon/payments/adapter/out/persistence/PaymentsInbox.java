package com.gozon.payments.adapter.out.persistence;

import com.gozon.payments.application.ProcessedMessages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
class PaymentsInbox implements ProcessedMessages {

    private final JdbcClient jdbc;

    PaymentsInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markProcessed(UUID messageId) {
        return jdbc.sql("insert into payments.inbox_message (message_id, processed_at) values (?, now()) "
                        + "on conflict (message_id) do nothing")
                .param(messageId)
                .update() == 1;
    }
}
