package com.gozon.outbox;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;
import java.time.Instant;

/**
 * Each instance renews a lease in the registry's schema every {@link OutboxProperties#leaseHeartbeat()}; the
 * publications that an instance whose lease is older than {@link OutboxProperties#leaseTimeout()} left in flight
 * (PUBLISHED, PROCESSING or RESUBMITTED and claimed by it) become FAILED, so that the survivors resubmit them at once.
 * Times are the database's, so that the instances' clocks need not agree. A live instance that missed its heartbeats
 * (a long pause) may see a publication of its own sent twice; the consumers' inbox absorbs the copy.
 * <p>
 * The same goes for the instance's own publications when the database was out of reach: a publication whose
 * {@code PROCESSING} mark, or whose completion after the broker's confirm, could not be written stays in flight with
 * nobody sending it, until the staleness monitor's minute. So when a heartbeat fails, the heartbeat that works again
 * marks FAILED what this instance had in flight, for the resubmission to send at once (ADR 0014). A heartbeat that is
 * merely late (a busy scheduler, a pool that waited for a connection) is no outage: counting it as one re-sent
 * thousands of publications under load (docs/reliability.md).
 */
class InstanceLeases implements SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InstanceLeases.class);

    /**
     * FAILED, for the resubmission, and due at once: its backoff counts the attempts of the publication's former
     * holder (up to {@link OutboxProperties#backoffMax()} apart), which say nothing about whether the broker is up.
     */
    private static final String FAILED_AND_DUE = "status = 'FAILED', completion_attempts = 0";

    private final JdbcClient jdbc;
    private final String instance;
    private final String schema;
    private final Duration heartbeat;
    private final Duration timeout;
    private @Nullable Instant unreachableSince;

    InstanceLeases(JdbcClient jdbc, OutboxInstance instance, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.instance = instance.id();
        this.schema = properties.schema();
        this.heartbeat = properties.leaseHeartbeat();
        this.timeout = properties.leaseTimeout();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::renewAndTakeOver, heartbeat);
    }

    void renewAndTakeOver() {
        try {
            renew();
        } catch (DataAccessException e) {
            if (unreachableSince == null) {
                unreachableSince = Instant.now();
                log.warn("The outbox lease of {} cannot be renewed: {}", instance, e.getMostSpecificCause().getMessage());
            }
            return;
        }
        if (unreachableSince != null) {
            var resubmitted = reclaimOwn();
            log.warn("The database is back after {} ms; {} publication(s) this instance had in flight are resubmitted",
                    Duration.between(unreachableSince, Instant.now()).toMillis(), resubmitted);
            unreachableSince = null;
        }
        var taken = takeOverExpired();
        if (taken > 0) {
            log.warn("Took over {} publication(s) left in flight by instances whose lease expired", taken);
        }
    }

    void renew() {
        jdbc.sql("insert into " + schema + ".instance_lease (instance_id, heartbeat_at) values (?, now()) "
                        + "on conflict (instance_id) do update set heartbeat_at = excluded.heartbeat_at")
                .param(instance).update();
    }

    /** Marks FAILED what dead instances left in flight; returns how many publications that were. */
    int takeOverExpired() {
        return jdbc.sql("update " + schema + ".event_publication p set " + FAILED_AND_DUE
                        + " where p.completion_date is null"
                        + " and p.status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')"
                        + " and p.claimed_by is not null and p.claimed_by <> ?"
                        + " and not exists (select 1 from " + schema + ".instance_lease l"
                        + " where l.instance_id = p.claimed_by and l.heartbeat_at > now() - make_interval(secs => ?))")
                .params(instance, timeout.toMillis() / 1000.0)
                .update();
    }

    /**
     * Marks FAILED what this instance has in flight: after the database was out of reach, their marks and completions
     * may be lost. Returns how many publications that were.
     */
    int reclaimOwn() {
        return jdbc.sql("update " + schema + ".event_publication set " + FAILED_AND_DUE
                        + " where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')"
                        + " and claimed_by = ?")
                .param(instance)
                .update();
    }

    /** A clean stop gives up the lease: what this instance still holds is taken over at once. */
    @Override
    public void destroy() {
        try {
            jdbc.sql("delete from " + schema + ".instance_lease where instance_id = ?").param(instance).update();
        } catch (RuntimeException e) {
            log.debug("The lease of {} stays until it expires: {}", instance, e.getMessage());
        }
    }
}
