package com.gozon.inbox;

import com.gozon.operations.failures.Failures;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.support.micrometer.RabbitListenerObservation.DefaultRabbitListenerObservationConvention;
import org.springframework.amqp.rabbit.support.micrometer.RabbitListenerObservation;
import org.springframework.amqp.rabbit.support.micrometer.RabbitMessageReceiverContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Handles a batch of messages that a listener container delivered at once (consumer batching, ADR 0021): all of them
 * in one database transaction, so that a busy queue costs one transaction per batch rather than per message. The
 * guarantees stay those of one message per transaction:
 * <ul>
 *   <li>The batch is handled in the order of the messages' lock keys, so that two batches that lock the same rows
 *   lock them in the same order.</li>
 *   <li>A message that cannot be read is parked; the others go on.</li>
 *   <li>When the batch's transaction fails for an outage ({@link Failures#isOutage}: the database is away or
 *   restarting, a connection was cut, a lock timed out), nothing of it committed; the batch stays in hand and is
 *   tried again until the database is back ({@link OutageHold}), so that an outage does not count deliveries towards
 *   the queue's delivery limit. Only when the hold runs out or the application closes does the exception go to the
 *   container, whose retries run the batch again and finally put it back on its queue
 *   ({@link TransientFailureRequeuer}); copies of messages handled meanwhile are duplicates to the inbox.</li>
 *   <li>When it fails for another reason, one of its messages is bad: each is handled again in a transaction of its
 *   own, and the one that fails is parked, with its reason, as it would have been alone.</li>
 *   <li>{@link MessageHandled} is announced for each handled message once its transaction committed.</li>
 * </ul>
 * The container acknowledges the whole batch when this returns. Each message is handled inside the listener
 * observation the container gives a single message, so that it continues the trace its {@code traceparent} header
 * names and counts in {@code spring.rabbit.listener} as before; while it is handled, its ids are in the log context.
 */
@NamedInterface("api")
public class MessageBatches {

    private static final Logger log = LoggerFactory.getLogger(MessageBatches.class);

    private final TransactionTemplate transactions;
    private final ObservationRegistry observations;
    private final MessageRecoverer parking;
    private final ApplicationEventPublisher events;
    private final OutageHold outages;

    MessageBatches(TransactionTemplate transactions, ObservationRegistry observations, MessageRecoverer parking,
                   ApplicationEventPublisher events, OutageHold outages) {
        this.transactions = transactions;
        this.observations = observations;
        this.parking = parking;
        this.events = events;
        this.outages = outages;
    }

    /** Handles what the container delivered from {@code queue}, whose listener's id is the queue's name. */
    public <C> void handle(String queue, List<Message> messages, MessageHandling<C> handling) {
        var toPark = new ArrayList<Parked>();
        var readable = new ArrayList<Read<C>>(messages.size());
        for (var message : messages) {
            try {
                readable.add(new Read<>(message, handling.read(message)));
            } catch (AmqpRejectAndDontRequeueException e) {
                toPark.add(new Parked(message, e));
            }
        }
        readable.sort(Comparator.comparing(read -> read.inbound().lockKey()));

        var handled = new ArrayList<MessageHandled>(readable.size());
        if (!readable.isEmpty()) {
            toPark.addAll(outages.run(queue, readable.size(), () -> {
                handled.clear();
                var failed = new ArrayList<Parked>();
                handleInOneTransaction(queue, readable, handling, handled, failed);
                return failed;
            }));
        }
        handled.forEach(events::publishEvent);
        toPark.forEach(parked -> parking.recover(parked.message(), parked.cause()));
    }

    /** Nothing to open a transaction for when every message of the batch was unreadable. */
    private <C> void handleInOneTransaction(String queue, List<Read<C>> readable, MessageHandling<C> handling,
                                            List<MessageHandled> handled, List<Parked> toPark) {
        try {
            inTransaction(() -> {
                readable.forEach(read -> handled.add(handleObserved(queue, read, handling)));
                return handled;
            });
        } catch (RuntimeException failure) {
            handled.clear();
            if (Failures.isOutage(failure)) {
                throw failure;
            }
            if (readable.size() == 1) {
                toPark.add(new Parked(readable.get(0).message(), failure));
            } else {
                log.info("A batch of {} messages from {} failed ({}); each is handled on its own", readable.size(),
                        queue, failure.getMessage());
                handleOneByOne(queue, readable, handling, handled, toPark);
            }
        }
    }

    private <C> void handleOneByOne(String queue, List<Read<C>> readable, MessageHandling<C> handling,
                                    List<MessageHandled> handled, List<Parked> toPark) {
        for (var read : readable) {
            try {
                handled.add(inTransaction(() -> handleObserved(queue, read, handling)));
            } catch (RuntimeException failure) {
                if (Failures.isOutage(failure)) {
                    throw failure;
                }
                toPark.add(new Parked(read.message(), failure));
            }
        }
    }

    /**
     * Runs the work in a transaction. When the work fails and then its rollback fails too (the connection died under
     * it), {@code TransactionTemplate} throws the rollback's exception and only logs the work's; here the work's is
     * kept as a suppressed exception of the one thrown, so that the failure is judged, and a parked message's reason
     * told, by what happened first.
     */
    private <T> T inTransaction(Supplier<T> work) {
        var workFailure = new AtomicReference<RuntimeException>();
        try {
            return transactions.execute(status -> {
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    workFailure.set(e);
                    throw e;
                }
            });
        } catch (RuntimeException failure) {
            var original = workFailure.get();
            if (original != null && original != failure) {
                failure.addSuppressed(original);
            }
            throw failure;
        }
    }

    private <C> MessageHandled handleObserved(String queue, Read<C> read, MessageHandling<C> handling) {
        var inbound = read.inbound();
        var observation = RabbitListenerObservation.LISTENER_OBSERVATION.observation(null,
                DefaultRabbitListenerObservationConvention.INSTANCE,
                () -> new RabbitMessageReceiverContext(read.message(), queue), observations);
        return observation.observe(() -> {
            try (var ignored = MessageLogContext.open().messageId(inbound.messageId()).orderId(inbound.orderId())) {
                return new MessageHandled(queue, inbound.messageId(), handling.handle(inbound.command()));
            }
        });
    }

    private record Read<C>(Message message, InboundMessage<C> inbound) {
    }

    private record Parked(Message message, Throwable cause) {
    }
}
