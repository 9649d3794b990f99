package com.gozon.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Relays the registry's publications to the broker in batches (ADR 0017). One thread publishes whatever committed
 * publications are queued, without waiting for their confirms; the confirms (or their absence within the timeout)
 * land in a second queue, from which a second thread completes or fails a whole batch with one statement each. The
 * AMQP connection's thread only enqueues; no thread waits per event. Failed publications, also those taken over from
 * a dead instance, are claimed a batch at a time and go through the same two threads.
 */
class BatchedRelay implements SmartLifecycle, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BatchedRelay.class);
    private static final int PUBLISH_BATCH = 500;
    private static final int COMPLETE_BATCH = 2_000;
    /** After the web server and the listener containers, before the broker's and the database's pools close. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4_096;

    private final PublicationTable table;
    private final ConfirmedAmqpPublisher publisher;
    private final EventSerializer serializer;
    private final OutboxTargets targets;
    private final OutboxProperties properties;
    private final BlockingQueue<PendingPublication> toPublish = new LinkedBlockingQueue<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final Semaphore inFlight;
    private volatile boolean running;
    private Thread publishing;
    private Thread completing;

    BatchedRelay(PublicationTable table, ConfirmedAmqpPublisher publisher, EventSerializer serializer,
                 OutboxTargets targets, OutboxProperties properties) {
        this.table = table;
        this.publisher = publisher;
        this.serializer = serializer;
        this.targets = targets;
        this.properties = properties;
        this.inFlight = new Semaphore(properties.maxInFlight());
    }

    /** A publication whose transaction committed; it goes out with the next batch. */
    void submit(PendingPublication publication) {
        toPublish.add(publication);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::resubmitFailed, properties.resubmissionInterval());
    }

    /** Claims due failed publications, a batch at a time, until none is due or the relay has enough in flight. */
    void resubmitFailed() {
        while (running && inFlight.availablePermits() > properties.batchSize()) {
            var claimed = table.claimFailed(properties.batchSize(), properties.backoffInitial(),
                    properties.backoffMax());
            for (var row : claimed) {
                toPending(row).ifPresent(toPublish::add);
            }
            if (claimed.size() < properties.batchSize()) {
                return;
            }
        }
    }

    private Optional<PendingPublication> toPending(PublicationTable.ClaimedRow row) {
        try {
            var event = serializer.deserialize(row.serializedEvent(), Class.forName(row.eventType()));
            if (event instanceof OutboxEvent outboxEvent) {
                return Optional.of(new PendingPublication(row.id(), targets.of(event.getClass()),
                        outboxEvent.eventId(), row.serializedEvent(), row.traceParent()));
            }
            throw new IllegalArgumentException("not an OutboxEvent");
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Publication {} of {} cannot be sent and stays failed: {}", row.id(), row.eventType(),
                    e.getMessage());
            outcomes.add(new Outcome(row.id(), false));
            return Optional.empty();
        }
    }

    /** Until stopped, and then until what was queued before the stop went out (the stop waits a confirm timeout). */
    private void publishLoop() {
        var batch = new ArrayList<PendingPublication>(PUBLISH_BATCH);
        while (running || !toPublish.isEmpty()) {
            try {
                var first = toPublish.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                toPublish.drainTo(batch, PUBLISH_BATCH - 1);
                publishOnOneChannel(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Sends the batch on one channel (the profile showed a channel taken from the cache and given back per message
     * costing more than the send). Whatever could not be sent, say because the connection is gone, counts as failed.
     */
    private void publishOnOneChannel(List<PendingPublication> batch) throws InterruptedException {
        var sent = new int[] {0};
        try {
            publisher.onOneChannel(() -> {
                for (var publication : batch) {
                    inFlight.acquire();
                    sent[0]++;
                    publish(publication);
                }
            });
        } catch (RuntimeException e) {
            log.warn("{} publication(s) could not be sent and will be resubmitted: {}", batch.size() - sent[0],
                    e.getMessage());
            for (var publication : batch.subList(sent[0], batch.size())) {
                outcomes.add(new Outcome(publication.id(), false));
            }
        }
    }

    /** Never throws: the publishing thread must outlive any one event. */
    private void publish(PendingPublication publication) {
        try {
            publisher.publish(publication).whenComplete((confirm, failure) -> {
                inFlight.release();
                outcomes.add(new Outcome(publication.id(), failure == null));
            });
        } catch (RuntimeException e) {
            inFlight.release();
            outcomes.add(new Outcome(publication.id(), false));
            log.warn("Publication {} could not be sent and will be resubmitted: {}", publication.id(), e.getMessage());
        }
    }

    private void completeLoop() {
        var batch = new ArrayList<Outcome>(COMPLETE_BATCH);
        while (running || inFlight.availablePermits() < properties.maxInFlight() || !outcomes.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    var first = outcomes.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (!running) {
                            return;
                        }
                        continue;
                    }
                    batch.add(first);
                    outcomes.drainTo(batch, COMPLETE_BATCH - 1);
                }
                record(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database is away: the same batch again in a moment; until then the rows stay incomplete
                log.warn("Could not record {} publication outcome(s), retrying: {}", batch.size(), e.getMessage());
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private void record(List<Outcome> batch) {
        var confirmed = new ArrayList<UUID>(batch.size());
        var failed = new ArrayList<UUID>();
        for (var outcome : batch) {
            (outcome.confirmed() ? confirmed : failed).add(outcome.id());
        }
        if (!confirmed.isEmpty()) {
            table.complete(confirmed);
        }
        if (!failed.isEmpty()) {
            table.fail(failed);
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(1_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void start() {
        publisher.connect();
        running = true;
        publishing = daemon("outbox-publish", this::publishLoop);
        completing = daemon("outbox-complete", this::completeLoop);
    }

    /**
     * Stops publishing once what is queued went out; confirms still due are awaited (at most the confirm timeout) and
     * recorded. What is still unconfirmed afterwards the instance hands back as it goes ({@link InstanceLeases}).
     */
    @Override
    public void stop() {
        running = false;
        join(publishing, properties.confirmTimeout().toMillis());
        join(completing, properties.confirmTimeout().toMillis() + 2_000);
    }

    private static Thread daemon(String name, Runnable loop) {
        var thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void join(Thread thread, long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private record Outcome(UUID id, boolean confirmed) {
    }
}
