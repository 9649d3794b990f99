package com.gozon.outbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The relay's statements on Spring Modulith's registry table, in the statuses and columns Modulith reads: a row is
 * written PUBLISHED in the business transaction, completed (COMPLETED and its completion date) or failed (FAILED) a
 * batch at a time, and a batch of due FAILED rows is claimed (RESUBMITTED, one more attempt) with SKIP LOCKED, so that
 * instances never claim the same row. The row names its holder, the instance that wrote or claimed it, in the statement
 * that does so ({@code claimed_by}; ADR 0026).
 */
class PublicationTable {

    /** The listener id Modulith's externalizer gave its publications: rows read the same before and after the relay. */
    static final String LISTENER_ID =
            "org.springframework.modulith.events.support.EventExternalizationSupport.externalize(java.lang.Object)";

    private final JdbcClient jdbc;
    private final String table;
    private final Clock clock;
    private final String instance;

    PublicationTable(JdbcClient jdbc, String schema, Clock clock, OutboxInstance instance) {
        this.jdbc = jdbc;
        this.table = schema + ".event_publication";
        this.clock = clock;
        this.instance = instance.id();
    }

    void insert(UUID id, String eventType, String serializedEvent, @Nullable String traceParent) {
        jdbc.sql("insert into " + table + " (id, listener_id, event_type, serialized_event, publication_date, status,"
                        + " completion_attempts, trace_parent, claimed_by)"
                        + " values (?, ?, ?, ?, ?, 'PUBLISHED', 0, ?, ?)")
                .params(id, LISTENER_ID, eventType, serializedEvent, clock.instant().atOffset(ZoneOffset.UTC),
                        traceParent, instance)
                .update();
    }

    /** Completes the publications that are not complete yet; returns how many that were. */
    int complete(Collection<UUID> ids) {
        return jdbc.sql("update " + table + " set status = 'COMPLETED', completion_date = ?"
                        + " where id = any(?) and completion_date is null")
                .params(clock.instant().atOffset(ZoneOffset.UTC), ids.toArray(UUID[]::new))
                .update();
    }

    int fail(Collection<UUID> ids) {
        return jdbc.sql("update " + table + " set status = 'FAILED' where id = any(?) and completion_date is null")
                .param(ids.toArray(UUID[]::new))
                .update();
    }

    /**
     * Claims at most {@code limit} failed publications whose backoff has passed (initial x 2^attempts, at most max,
     * counted from the last resubmission or else the publication), oldest first; this instance holds them from now on.
     */
    List<ClaimedRow> claimFailed(int limit, Duration backoffInitial, Duration backoffMax) {
        return jdbc.sql("update " + table + " p set status = 'RESUBMITTED', claimed_by = ?,"
                        + " completion_attempts = p.completion_attempts + 1, last_resubmission_date = ?"
                        + " from (select id from " + table + " where completion_date is null and status = 'FAILED'"
                        + " and coalesce(last_resubmission_date, publication_date) + make_interval(secs =>"
                        + " least(? * power(2, least(completion_attempts, 20)), ?)) <= ?"
                        + " order by publication_date limit ? for update skip locked) due"
                        + " where p.id = due.id returning p.id, p.event_type, p.serialized_event, p.trace_parent")
                .params(instance, clock.instant().atOffset(ZoneOffset.UTC), backoffInitial.toMillis() / 1000.0,
                        backoffMax.toMillis() / 1000.0, clock.instant().atOffset(ZoneOffset.UTC), limit)
                .query((row, number) -> new ClaimedRow(row.getObject("id", UUID.class), row.getString("event_type"),
                        row.getString("serialized_event"), row.getString("trace_parent")))
                .list();
    }

    record ClaimedRow(UUID id, String eventType, String serializedEvent, @Nullable String traceParent) {
    }
}
