package com.gozon.http.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

/**
 * The table {@code idempotency_key} in the infrastructure's schema: one row per caller and key, written in the
 * transaction of the request's effect. A transaction-scoped advisory lock on the caller and key tells a repeat that
 * the first request is still running.
 */
class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final String table;

    IdempotencyKeys(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.table = schema + ".idempotency_key";
    }

    /** Takes the key for the current transaction; false when another transaction holds it. */
    boolean tryLock(String caller, String key) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))").param(caller + "\n" + key)
                .query(Boolean.class).single();
    }

    Optional<StoredOutcome> find(String caller, String key) {
        return jdbc.sql("select request_hash, status, content_type, location, body from " + table
                        + " where caller = ? and idempotency_key = ?")
                .params(caller, key)
                .query((row, number) -> new StoredOutcome(row.getString("request_hash"), row.getInt("status"),
                        row.getString("content_type"), row.getString("location"), row.getBytes("body")))
                .optional();
    }

    void store(String caller, String key, StoredOutcome outcome) {
        jdbc.sql("insert into " + table + " (caller, idempotency_key, request_hash, status, content_type, location,"
                        + " body, created_at) values (?, ?, ?, ?, ?, ?, ?, now())")
                .params(caller, key, outcome.requestHash(), outcome.status(), outcome.contentType(),
                        outcome.location(), outcome.body())
                .update();
    }

    /** Deletes keys older than the retention, at most {@code batchSize}; returns how many went. */
    int purgeOlderThan(long seconds, int batchSize) {
        return jdbc.sql("delete from " + table + " where (caller, idempotency_key) in (select caller, idempotency_key"
                        + " from " + table + " where created_at < now() - make_interval(secs => ?) limit ?)")
                .params(seconds, batchSize)
                .update();
    }
}
