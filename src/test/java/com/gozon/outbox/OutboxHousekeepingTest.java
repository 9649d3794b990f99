package com.gozon.outbox;

import com.gozon.support.GozonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Publications completed longer ago than their retention (1 h) go; younger and incomplete ones stay. */
@GozonIntegrationTest
class OutboxHousekeepingTest {

    @Autowired
    OutboxHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void purgesOldCompletedPublicationsOnly() {
        var oldCompleted = insert("now() - interval '3 hours'", "now() - interval '2 hours'", "COMPLETED");
        var recentCompleted = insert("now() - interval '3 hours'", "now() - interval '10 minutes'", "COMPLETED");
        // in flight at this very instance (its connections name it), so no resubmission or takeover touches it
        var incomplete = insert("now()", "null", "PUBLISHED");

        housekeeping.purge();

        assertThat(exists(oldCompleted)).isFalse();
        assertThat(exists(recentCompleted)).isTrue();
        assertThat(exists(incomplete)).isTrue();
        jdbc.sql("delete from outbox.event_publication where id = ?").param(incomplete).update();
    }

    private UUID insert(String publicationDate, String completionDate, String status) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into outbox.event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " completion_date, status, completion_attempts) values (?, 'housekeeping-test',"
                        + " 'java.lang.String', '\"x\"', " + publicationDate + ", " + completionDate + ", ?, 0)")
                .params(id, status).update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from outbox.event_publication where id = ?").param(id)
                .query(Long.class).single() == 1;
    }
}
