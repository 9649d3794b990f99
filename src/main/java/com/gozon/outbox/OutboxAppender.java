package com.gozon.outbox;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.UUID;

/**
 * Writes every {@link OutboxEvent} a module publishes into the registry table, in the module's transaction, in the
 * form Spring Modulith reads (its serializer, its statuses), and hands it to the {@link BatchedRelay} once that
 * transaction committed. Nothing else happens per event: no second transaction, no thread that waits for the broker,
 * and no second serialisation: the row's JSON is the message's body.
 */
class OutboxAppender {

    private final PublicationTable table;
    private final EventSerializer serializer;
    private final OutboxTargets targets;
    private final BatchedRelay relay;
    private final OutboxTracing tracing;

    OutboxAppender(PublicationTable table, EventSerializer serializer, OutboxTargets targets, BatchedRelay relay,
                   OutboxTracing tracing) {
        this.table = table;
        this.serializer = serializer;
        this.targets = targets;
        this.relay = relay;
        this.tracing = tracing;
    }

    @EventListener
    void append(OutboxEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An outbox event is published in the transaction of the change it reports: "
                    + event.getClass().getSimpleName());
        }
        var pending = new PendingPublication(UUID.randomUUID(), targets.of(event.getClass()), event.eventId(),
                serializer.serialize(event).toString(), tracing.current());
        table.insert(pending.id(), event.getClass().getName(), pending.payload(), pending.traceParent());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.submit(pending);
            }
        });
    }
}
