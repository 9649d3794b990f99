package com.gozon.outbox;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
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
 * <p>
 * A clean stop (SIGTERM) keeps the lease while the instance still works: the scheduler stops with the context's close,
 * so from then on a thread of its own renews it, until the relay stopped ({@link BatchedRelay}); then the instance
 * hands back what it still has in flight (FAILED and due, claimed by nobody) and deletes its lease, so that nothing
 * it held waits for a takeover (ADR 0027).
 */
class InstanceLeases implements SchedulingConfigurer, SmartLifecycle, ApplicationListener<ContextClosedEvent> {

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
    private volatile boolean running;
    private volatile boolean released;
    private @Nullable Thread keeper;

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
        if (released) {
            return;
        }
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

    /** The scheduler stops now; the lease must outlive the relay's last confirms. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (!running || keeper != null) {
            return;
        }
        keeper = new Thread(this::keepUntilReleased, "outbox-lease");
        keeper.setDaemon(true);
        keeper.start();
    }

    private void keepUntilReleased() {
        while (!released) {
            try {
                renew();
            } catch (DataAccessException e) {
                log.debug("The lease of {} could not be renewed while stopping: {}", instance, e.getMessage());
            }
            try {
                Thread.sleep(heartbeat.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Also after a stop without a close (a paused context of the tests): the heartbeats renew the lease again. */
    @Override
    public void start() {
        released = false;
        keeper = null;
        running = true;
    }

    /**
     * After the relay stopped: hands back what this instance still has in flight and gives up the lease, so that the
     * other instances resubmit it at once rather than take it over when the lease expired.
     */
    @Override
    public void stop() {
        released = true;
        running = false;
        if (keeper != null) {
            keeper.interrupt();
            try {
                // a renewal under way must not write the lease again after it was deleted
                keeper.join(heartbeat.toMillis() + timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            var handedBack = handBack();
            jdbc.sql("delete from " + schema + ".instance_lease where instance_id = ?").param(instance).update();
            log.info("Outbox lease of {} released; {} publication(s) still unconfirmed handed back for resubmission",
                    instance, handedBack);
        } catch (RuntimeException e) {
            log.warn("The lease of {} stays until it expires ({}), then its publications are taken over: {}",
                    instance, timeout, e.getMessage());
        }
    }

    /** Marks FAILED, due and claimed by nobody what this instance has in flight; returns how many that were. */
    int handBack() {
        return jdbc.sql("update " + schema + ".event_publication set " + FAILED_AND_DUE + ", claimed_by = null"
                        + " where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')"
                        + " and claimed_by = ?")
                .param(instance)
                .update();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops right after the relay, before the database's pool closes. */
    @Override
    public int getPhase() {
        return BatchedRelay.PHASE - 1;
    }
}
