package com.gozon.infrastructure.outbox;

import org.springframework.modulith.events.EventPublication;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff between resubmissions of one failed publication: initial, 2x, 4x ... capped at a maximum, so
 * that once the broker is back every pending publication goes out within about that maximum.
 */
record ResubmissionBackoff(Duration initial, Duration max) {

    Duration delayAfter(int attempts) {
        var factor = 1L << Math.min(Math.max(attempts, 0), 20);
        var delay = initial.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    boolean isDue(EventPublication publication, Instant now) {
        var last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !now.isBefore(last.plus(delayAfter(publication.getCompletionAttempts())));
    }
}
