package com.gozon.inbox;

import com.gozon.support.MovableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch is one transaction, handled in the order of its lock keys; a bad message is parked alone and the others
 * are handled; a passing failure holds the batch and tries it again, and hands it back to the container only when the
 * hold ends.
 */
class MessageBatchesTest {

    final Transactions transactions = new Transactions();
    final List<String> parked = new ArrayList<>();
    final List<MessageHandled> announced = new ArrayList<>();
    /** The pauses the hold took; it stops holding once {@link #holdFor} of them were taken. */
    final List<Duration> pauses = new ArrayList<>();
    int holdFor;
    final MeterRegistry meters = new SimpleMeterRegistry();
    final OutageHold hold = new OutageHold(Duration.ofMinutes(5), Duration.ofSeconds(5), meters, Clock.systemUTC(),
            pause -> {
                pauses.add(pause);
                return pauses.size() <= holdFor;
            });
    final MessageBatches batches = new MessageBatches(new TransactionTemplate(transactions), ObservationRegistry.NOOP,
            (message, cause) -> parked.add(text(message)), event -> announced.add((MessageHandled) event), hold);

    @Test
    void aBatchIsOneTransactionInTheOrderOfItsLockKeys() {
        var handling = new Handling(Set.of());

        batches.handle("q", List.of(message("c"), message("a"), message("b")), handling);

        assertThat(handling.handled).containsExactly("a", "b", "c");
        assertThat(transactions.committed).isEqualTo(1);
        assertThat(announced).extracting(MessageHandled::result).containsExactly("a", "b", "c");
        assertThat(parked).isEmpty();
    }

    @Test
    void anUnreadableMessageIsParkedAndTheOthersAreHandledInOneTransaction() {
        var handling = new Handling(Set.of());

        batches.handle("q", List.of(message("a"), message("unreadable"), message("b")), handling);

        assertThat(parked).containsExactly("unreadable");
        assertThat(handling.handled).containsExactly("a", "b");
        assertThat(transactions.committed).isEqualTo(1);
    }

    @Test
    void aMessageThatFailsIsParkedAloneAndTheOthersAreHandledEachInItsOwnTransaction() {
        var handling = new Handling(Set.of("b"));

        batches.handle("q", List.of(message("a"), message("b"), message("c")), handling);

        assertThat(transactions.rolledBack).as("the batch, then b alone").isEqualTo(2);
        assertThat(transactions.committed).as("a and c alone").isEqualTo(2);
        assertThat(parked).containsExactly("b");
        assertThat(announced).extracting(MessageHandled::result).containsExactly("a", "c");
    }

    @Test
    void aPassingFailureHandsTheWholeBatchBackAndParksNothing() {
        var handling = new Handling(Set.of()) {
            @Override
            public Object handle(String command) {
                if (command.equals("b")) {
                    throw new CannotAcquireLockException("lock timeout");
                }
                return super.handle(command);
            }
        };

        assertThatThrownBy(() -> batches.handle("q", List.of(message("a"), message("unreadable"), message("b")),
                handling)).isInstanceOf(CannotAcquireLockException.class);
        assertThat(transactions.committed).isZero();
        assertThat(parked).as("parked only once the batch is through, so that a retry parks nothing twice").isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void aBatchIsHeldThroughAnOutageAndHandledOnceTheDatabaseIsBack() {
        holdFor = 10;
        var outageTries = new int[] {4};
        var handling = new Handling(Set.of("c")) {
            @Override
            public Object handle(String command) {
                if (command.equals("a") && outageTries[0]-- > 0) {
                    throw new CannotAcquireLockException("lock timeout");
                }
                return super.handle(command);
            }
        };

        batches.handle("q", List.of(message("a"), message("b"), message("c")), handling);

        assertThat(pauses).as("a growing pause between the tries").containsExactly(Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600));
        assertThat(meters.counter(OutageHold.RETRIES_METRIC, "queue", "q").count()).isEqualTo(4);
        assertThat(transactions.committed).as("a and b alone, after the batch with c").isEqualTo(2);
        assertThat(parked).as("the bad message parked once, not once per try").containsExactly("c");
        assertThat(announced).extracting(MessageHandled::result).containsExactly("a", "b");
    }

    @Test
    void aHoldThatEndsHandsTheBatchBackAndParksNothing() {
        holdFor = 2;
        var handling = new Handling(Set.of()) {
            @Override
            public Object handle(String command) {
                throw new CannotAcquireLockException("lock timeout");
            }
        };

        assertThatThrownBy(() -> batches.handle("q", List.of(message("a")), handling))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(pauses).hasSize(3);
        assertThat(parked).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void anOutageIsHeldNoLongerThanTheHold() {
        var start = Instant.parse("2026-12-06T12:00:00Z");
        var clock = new MovableClock(start);
        var shortHold = new OutageHold(Duration.ofSeconds(1), Duration.ofSeconds(5), meters, clock, pause -> {
            clock.advance(pause);
            return true;
        });
        var heldBatches = new MessageBatches(new TransactionTemplate(transactions), ObservationRegistry.NOOP,
                (message, cause) -> parked.add(text(message)), event -> announced.add((MessageHandled) event),
                shortHold);
        var handling = new Handling(Set.of()) {
            @Override
            public Object handle(String command) {
                throw new CannotAcquireLockException("lock timeout");
            }
        };

        assertThatThrownBy(() -> heldBatches.handle("q", List.of(message("a")), handling))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(Duration.between(start, clock.instant())).as("200 + 400 ms, then 800 ms reaches the second").isEqualTo(Duration.ofMillis(1400));
        assertThat(parked).isEmpty();
    }

    @Test
    void aLoneMessageThatFailsIsParkedWithoutASecondTry() {
        var handling = new Handling(Set.of("a"));

        batches.handle("q", List.of(message("a")), handling);

        assertThat(parked).containsExactly("a");
        assertThat(transactions.rolledBack).isEqualTo(1);
    }

    private static Message message(String text) {
        var properties = new MessageProperties();
        properties.setConsumerQueue("q");
        return new Message(text.getBytes(StandardCharsets.UTF_8), properties);
    }

    private static String text(Message message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }

    /** Reads a message as its text; fails the ones named. */
    static class Handling implements MessageHandling<String> {

        final List<String> handled = new ArrayList<>();
        private final Set<String> failing;

        Handling(Set<String> failing) {
            this.failing = failing;
        }

        @Override
        public InboundMessage<String> read(Message message) {
            var text = text(message);
            if (text.equals("unreadable")) {
                throw InboundMessages.reject("not JSON");
            }
            return new InboundMessage<>(UUID.randomUUID(), UUID.randomUUID(), text, text);
        }

        @Override
        public Object handle(String command) {
            if (failing.contains(command)) {
                throw new DataIntegrityViolationException("violates a constraint: " + command);
            }
            handled.add(command);
            return command;
        }
    }

    /** Counts commits and rollbacks; what a rolled back transaction handled is forgotten by the test's handling. */
    static class Transactions extends AbstractPlatformTransactionManager {

        int committed;
        int rolledBack;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack++;
        }
    }
}
