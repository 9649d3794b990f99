package com.gozon.inbox;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Queue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queues as the code declares them, and as the broker's definitions of compose and CI
 * ({@code docker/rabbitmq/definitions.json}) do: the same arguments, or a declaration fails with PRECONDITION_FAILED
 * on whichever comes second.
 */
class QueueDeclarationsTest {

    static final JsonNode DEFINITIONS = JsonMapper.builder().build()
            .readTree(Path.of("docker/rabbitmq/definitions.json").toFile());
    static final String REQUESTS = "payments.payment-requests";
    static final String RESULTS = "orders.payment-results";

    final QueueDeclarations quorum = declarations(InboxProperties.QueueType.QUORUM);
    final QueueDeclarations classic = declarations(InboxProperties.QueueType.CLASSIC);

    @Test
    void aConsumedQuorumQueueParksWhatItDeliveredTooOftenAtLeastOnce() {
        assertThat(quorum.consumed(REQUESTS).getArguments()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", 20,
                "x-dead-letter-exchange", ParkingLot.EXCHANGE,
                "x-dead-letter-routing-key", REQUESTS,
                "x-dead-letter-strategy", "at-least-once",
                "x-overflow", "reject-publish"));
    }

    @Test
    void aParkingQueueIsAQuorumQueueWhoseListingsNeverReachItsLimit() {
        assertThat(quorum.parking(REQUESTS).getName()).isEqualTo(REQUESTS + ParkingLot.QUEUE_SUFFIX);
        assertThat(quorum.parking(REQUESTS).getArguments()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "x-queue-type", "quorum", "x-delivery-limit", QueueDeclarations.PARKED_DELIVERY_LIMIT));
    }

    @Test
    void aClassicQueueHasNoArgumentsForABrokerThatKnowsNone() {
        assertThat(classic.consumed(REQUESTS).getArguments()).isEmpty();
        assertThat(classic.parking(REQUESTS).getArguments()).isEmpty();
        assertThat(classic.consumed(REQUESTS).isDurable()).isTrue();
    }

    @Test
    void theDefinitionsDeclareEveryQueueAsTheCodeDoesByDefault() {
        for (var queue : new Queue[] {quorum.consumed(REQUESTS), quorum.consumed(RESULTS), quorum.parking(REQUESTS),
                quorum.parking(RESULTS)}) {
            assertThat(definedArguments(queue.getName())).as(queue.getName())
                    .isEqualTo(new TreeMap<>(queue.getArguments()));
        }
    }

    private static Map<String, Object> definedArguments(String queue) {
        var defined = DEFINITIONS.get("queues").valueStream()
                .filter(candidate -> candidate.get("name").asString().equals(queue))
                .findFirst().orElseThrow(() -> new AssertionError(queue + " is not in the definitions"));
        var arguments = new TreeMap<String, Object>();
        defined.get("arguments").properties().forEach(argument -> arguments.put(argument.getKey(),
                argument.getValue().isNumber() ? (Object) argument.getValue().asInt() : argument.getValue().asString()));
        return arguments;
    }

    private static QueueDeclarations declarations(InboxProperties.QueueType type) {
        return new QueueDeclarations(new InboxProperties(type, 20, Duration.ofMinutes(5), Duration.ofSeconds(5),
                Duration.ofDays(7), Duration.ofMinutes(1), 1000));
    }
}
