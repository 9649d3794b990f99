package com.gozon.inbox;

import com.gozon.support.GozonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Inbox rows past their retention (7 days) go, in batches; younger ones stay, in every module's inbox. */
@GozonIntegrationTest
class InboxHousekeepingTest {

    @Autowired
    InboxHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void purgesRowsPastTheirRetentionInBatchesAndKeepsTheRest() {
        for (var table : new String[] {"orders.inbox_message", "payments.inbox_message"}) {
            jdbc.sql("insert into " + table + " (message_id, processed_at)"
                    + " select gen_random_uuid(), now() - interval '8 days' from generate_series(1, 1500)").update();
        }
        var recent = UUID.randomUUID();
        jdbc.sql("insert into orders.inbox_message (message_id, processed_at) values (?, now() - interval '6 days')")
                .param(recent).update();

        var purged = housekeeping.purge();

        assertThat(purged).isGreaterThanOrEqualTo(3000);
        assertThat(olderThanAWeek("orders.inbox_message")).isZero();
        assertThat(olderThanAWeek("payments.inbox_message")).isZero();
        assertThat(jdbc.sql("select count(*) from orders.inbox_message where message_id = ?").param(recent)
                .query(Long.class).single()).isEqualTo(1);
    }

    private long olderThanAWeek(String table) {
        return jdbc.sql("select count(*) from " + table + " where processed_at < now() - interval '7 days'")
                .query(Long.class).single();
    }
}
