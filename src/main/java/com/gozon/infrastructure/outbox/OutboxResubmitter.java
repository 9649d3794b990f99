package com.gozon.infrastructure.outbox;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/**
 * Resubmits failed publications with exponential backoff. Modulith claims each one atomically (status RESUBMITTED),
 * so several instances may run this side by side; a publication that outlived a crash is first marked FAILED by
 * the staleness monitor.
 */
class OutboxResubmitter {

    private final FailedEventPublications failed;
    private final ResubmissionBackoff backoff;
    private final int batchSize;
    private final Clock clock;

    OutboxResubmitter(FailedEventPublications failed, OutboxProperties properties, Clock clock) {
        this.failed = failed;
        this.backoff = new ResubmissionBackoff(properties.backoffInitial(), properties.backoffMax());
        this.batchSize = properties.batchSize();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gozon.outbox.resubmission-interval:1s}")
    void resubmitDuePublications() {
        var now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(batchSize)
                .withFilter(publication -> backoff.isDue(publication, now)));
    }
}
