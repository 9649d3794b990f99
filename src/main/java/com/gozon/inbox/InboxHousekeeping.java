package com.gozon.inbox;

import com.gozon.operations.housekeeping.BatchedDelete;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.util.List;

/**
 * Deletes the inbox rows older than {@link InboxProperties#retention()}, in short statements of at most
 * {@link InboxProperties#purgeBatchSize()} rows each, so that a purge never holds many row locks or a long
 * transaction while messages are being handled.
 */
class InboxHousekeeping implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(InboxHousekeeping.class);

    private final JdbcClient jdbc;
    private final List<InboxTable> tables;
    private final InboxProperties properties;

    InboxHousekeeping(JdbcClient jdbc, List<InboxTable> tables, InboxProperties properties) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::purge, properties.purgeInterval());
    }

    /** Purges every inbox; returns how many rows went. */
    int purge() {
        var purged = 0;
        for (var table : tables) {
            purged += purge(table);
        }
        return purged;
    }

    private int purge(InboxTable table) {
        var total = BatchedDelete.untilDone(() -> jdbc.sql("delete from " + table.qualifiedName()
                        + " where message_id in (select message_id from " + table.qualifiedName()
                        + " where processed_at < now() - make_interval(secs => ?) limit ?)")
                .params(properties.retention().toSeconds(), properties.purgeBatchSize())
                .update(), properties.purgeBatchSize());
        if (total > 0) {
            log.info("Purged {} inbox row(s) older than {} from {}", total, properties.retention(), table.qualifiedName());
        }
        return total;
    }
}
