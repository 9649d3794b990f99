package com.gozon.infrastructure.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;

/**
 * Each instance renews a lease in the registry's schema every {@link OutboxProperties#leaseHeartbeat()}; the
 * publications that an instance whose lease is older than {@link OutboxProperties#leaseTimeout()} left in flight
 * (PUBLISHED, PROCESSING or RESUBMITTED and claimed by it) become FAILED, so that the survivors resubmit them at once.
 * Times are the database's, so that the instances' clocks need not agree. A live instance that missed its heartbeats
 * (a long pause) may see a publication of its own sent twice; the consumers' inbox absorbs the copy.
 */
class InstanceLeases implements SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InstanceLeases.class);

    private final JdbcClient jdbc;
    private final String instance;
    private final String schema;
    private final Duration heartbeat;
    private final Duration timeout;

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
        renew();
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
        return jdbc.sql("update " + schema + ".event_publication p set status = 'FAILED'"
                        + " where p.completion_date is null"
                        + " and p.status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')"
                        + " and p.claimed_by is not null and p.claimed_by <> ?"
                        + " and not exists (select 1 from " + schema + ".instance_lease l"
                        + " where l.instance_id = p.claimed_by and l.heartbeat_at > now() - make_interval(secs => ?))")
                .params(instance, timeout.toMillis() / 1000.0)
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
