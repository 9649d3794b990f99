package com.gozon.outbox;

import com.gozon.operations.housekeeping.BatchedDelete;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes completed publications older than {@link OutboxProperties#completedRetention()}, at most
 * {@link OutboxProperties#purgeBatchSize()} per statement, so that the registry stays small without a long
 * transaction next to the relay. Nothing depends on a completed row: duplicates are caught by the consumers' inboxes.
 */
class OutboxHousekeeping implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final JdbcClient jdbc;
    private final OutboxProperties properties;

    OutboxHousekeeping(JdbcClient jdbc, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::purge, properties.purgeInterval());
    }

    /** Returns how many completed publications went. */
    int purge() {
        var table = properties.schema() + ".event_publication";
        var total = BatchedDelete.untilDone(() -> jdbc.sql("delete from " + table + " where id in (select id from "
                        + table + " where completion_date < now() - make_interval(secs => ?) limit ?)")
                .params(properties.completedRetention().toSeconds(), properties.purgeBatchSize())
                .update(), properties.purgeBatchSize());
        if (total > 0) {
            log.info("Purged {} publication(s) completed more than {} ago", total, properties.completedRetention());
        }
        return total;
    }
}
