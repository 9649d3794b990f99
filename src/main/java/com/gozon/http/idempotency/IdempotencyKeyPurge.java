package com.gozon.http.idempotency;

import com.gozon.operations.housekeeping.BatchedDelete;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Deletes idempotency keys past their retention, in short statements. */
class IdempotencyKeyPurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;

    IdempotencyKeyPurge(IdempotencyKeys keys, IdempotencyProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::purge, properties.purgeInterval());
    }

    int purge() {
        var total = BatchedDelete.untilDone(
                () -> keys.purgeOlderThan(properties.retention().toSeconds(), properties.purgeBatchSize()),
                properties.purgeBatchSize());
        if (total > 0) {
            log.info("Purged {} idempotency key(s) older than {}", total, properties.retention());
        }
        return total;
    }
}
