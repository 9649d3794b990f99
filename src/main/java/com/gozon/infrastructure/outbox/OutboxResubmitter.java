package com.gozon.infrastructure.outbox;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Clock;
import java.time.Duration;

/**
 * Resubmits failed publications with exponential backoff, every {@link OutboxProperties#resubmissionInterval()}.
 * Modulith claims each one atomically (status RESUBMITTED), so several instances may run this side by side; a
 * publication that outlived a crash is first marked FAILED by the staleness monitor.
 */
class OutboxResubmitter implements SchedulingConfigurer {

    private final FailedEventPublications failed;
    private final ResubmissionBackoff backoff;
    private final Duration interval;
    private final int batchSize;
    private final Clock clock;

    OutboxResubmitter(FailedEventPublications failed, OutboxProperties properties, Clock clock) {
        this.failed = failed;
        this.backoff = new ResubmissionBackoff(properties.backoffInitial(), properties.backoffMax());
        this.interval = properties.resubmissionInterval();
        this.batchSize = properties.batchSize();
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::resubmitDuePublications, interval);
    }

    void resubmitDuePublications() {
        var now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(batchSize)
                .withFilter(publication -> backoff.isDue(publication, now)));
    }
}
