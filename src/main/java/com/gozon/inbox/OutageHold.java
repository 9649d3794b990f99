package com.gozon.inbox;

import com.gozon.operations.failures.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps a batch in the consumer's hand while the database is away (ADR 0025): the batch is tried again, with a pause
 * that doubles from 200 ms up to {@code gozon.inbox.outage-pause}, for as long as its failure is an outage ({@link Failures#isOutage}), up to {@code gozon.inbox.outage-hold}.
 * A message given back to a quorum queue counts a delivery, and a message delivered {@code gozon.inbox.delivery-limit}
 * times is parked; a message held is not given back, so an outage of any length does not bring a good message closer
 * to parking. When the hold runs out, or the application is closing (a SIGTERM), the failure goes on to the
 * container, which gives the batch back to its queue: one delivery.
 * <p>
 * Each try again counts in {@code gozon.messages.held.retries} by queue.
 */
class OutageHold implements ApplicationListener<ContextClosedEvent> {

    static final String RETRIES_METRIC = "gozon.messages.held.retries";
    private static final Logger log = LoggerFactory.getLogger(OutageHold.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    private final Duration hold;
    private final Duration longestPause;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Pause pause;
    private final CountDownLatch closing = new CountDownLatch(1);

    OutageHold(Duration hold, Duration longestPause, MeterRegistry meters, Clock clock) {
        this(hold, longestPause, meters, clock, null);
    }

    /** With a pause of the caller's (the tests'); {@code null} waits, or wakes up when the application closes. */
    OutageHold(Duration hold, Duration longestPause, MeterRegistry meters, Clock clock, @Nullable Pause pause) {
        this.hold = hold;
        this.longestPause = longestPause;
        this.meters = meters;
        this.clock = clock;
        this.pause = pause != null ? pause : this::waitUnlessClosing;
    }

    /** Runs the attempt, and runs it again while it fails for an outage and the hold lasts. */
    <T> T run(String queue, int messages, Supplier<T> attempt) {
        var giveUpAt = clock.instant().plus(hold);
        var nextPause = shortest(FIRST_PAUSE, longestPause);
        for (var retries = 0; ; retries++) {
            try {
                var result = attempt.get();
                if (retries > 0) {
                    log.info("A batch of {} message(s) from {} went through after {} tries again", messages, queue,
                            retries);
                }
                return result;
            } catch (RuntimeException failure) {
                if (!Failures.isOutage(failure) || closing.getCount() == 0 || !clock.instant().isBefore(giveUpAt)) {
                    throw failure;
                }
                if (retries == 0) {
                    log.warn("A batch of {} message(s) from {} is held while the database is away: {}", messages,
                            queue, failure.getMessage());
                }
                Counter.builder(RETRIES_METRIC).tag("queue", queue)
                        .description("Batches tried again while their consumer held them through an outage")
                        .register(meters).increment();
                if (!pause.pause(nextPause)) {
                    throw failure;
                }
                nextPause = shortest(nextPause.multipliedBy(2), longestPause);
            }
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing.countDown();
    }

    private static Duration shortest(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    /** Waits; false when the application closes (or the thread is interrupted) meanwhile. */
    private boolean waitUnlessClosing(Duration duration) {
        try {
            return !closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A pause between two tries; false to stop trying. */
    @FunctionalInterface
    interface Pause {
        boolean pause(Duration duration);
    }
}
