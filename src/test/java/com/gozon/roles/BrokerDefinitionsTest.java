package com.gozon.roles;

import com.gozon.inbox.ParkingLot;
import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.orders.adapter.out.messaging.OrdersExchange;
import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.payments.adapter.out.messaging.PaymentsExchange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker definitions of compose and CI ({@code docker/rabbitmq/definitions.json}) give each role exactly what its
 * code does with the broker, named by the code's own constants: it configures (declares) what it owns, writes to the
 * exchanges it publishes to (and binds its own queues), reads from its own queues and from the exchanges its queues
 * are bound to. Nothing of the other module's, and not the default exchange, through which a message reaches any
 * queue by name. That RabbitMQ enforces these regexes is {@link BrokerPermissionsTest}'s to prove.
 */
class BrokerDefinitionsTest {

    static final JsonNode DEFINITIONS = JsonMapper.builder().build()
            .readTree(Path.of("docker/rabbitmq/definitions.json").toFile());

    static final String RESULTS = PaymentResultsTopology.QUEUE;
    static final String RESULTS_PARKED = RESULTS + ParkingLot.QUEUE_SUFFIX;
    static final String REQUESTS = PaymentRequestsTopology.QUEUE;
    static final String REQUESTS_PARKED = REQUESTS + ParkingLot.QUEUE_SUFFIX;

    static final Role ORDERS = new Role("orders_app",
            Set.of(OrdersExchange.NAME, ParkingLot.EXCHANGE, RESULTS, RESULTS_PARKED),
            Set.of(OrdersExchange.NAME, ParkingLot.EXCHANGE, RESULTS, RESULTS_PARKED),
            Set.of(PaymentResultsTopology.PAYMENTS_EXCHANGE, RESULTS, RESULTS_PARKED));
    static final Role PAYMENTS = new Role("payments_app",
            Set.of(PaymentsExchange.NAME, ParkingLot.EXCHANGE, REQUESTS, REQUESTS_PARKED),
            Set.of(PaymentsExchange.NAME, ParkingLot.EXCHANGE, REQUESTS, REQUESTS_PARKED),
            Set.of(PaymentRequestsTopology.ORDERS_EXCHANGE, REQUESTS, REQUESTS_PARKED));
    /**
     * The whole shop binds its parking queues itself (ParkingLot); a module's user may not read the parking exchange,
     * so that it cannot bind a queue of its choice to it (issue 18): its parking bindings are the definitions'.
     */
    static final Role WHOLE_SHOP = ORDERS.with(PAYMENTS, "gozon").readingAlso(ParkingLot.EXCHANGE);

    /** Every name a permission could be asked about, the broker's own exchanges and near misses included. */
    static final Set<String> NAMES = Stream.concat(
            Stream.of(ORDERS, PAYMENTS).flatMap(Role::names),
            Stream.of("amq.default", "amq.topic", "amq.direct", "amq.fanout", "amq.headers", "amq.rabbitmq.trace",
                    "gozon.orders.x", "xgozon.payments", "orders.payment-results.parked.x", "gozon"))
            .collect(Collectors.toSet());

    @Test
    void eachRoleMayDoWhatItsCodeDoesAndNothingElse() {
        for (var role : List.of(ORDERS, PAYMENTS, WHOLE_SHOP)) {
            var permission = permissionOf(role.user());
            assertThat(matching(permission.get("configure").asString())).as("%s configure", role.user())
                    .isEqualTo(role.configures());
            assertThat(matching(permission.get("write").asString())).as("%s write", role.user())
                    .isEqualTo(role.writes());
            assertThat(matching(permission.get("read").asString())).as("%s read", role.user())
                    .isEqualTo(role.reads());
        }
    }

    @Test
    void usersAreTheRolesOnlyWithoutAdministratorAndWithoutGuest() {
        assertThat(DEFINITIONS.get("users").valueStream().map(user -> user.get("name").asString()))
                .containsExactlyInAnyOrder(ORDERS.user(), PAYMENTS.user(), WHOLE_SHOP.user());
        assertThat(DEFINITIONS.get("users").valueStream()).allSatisfy(user -> {
            assertThat(user.get("tags").isEmpty()).as("%s has no tags", user.get("name")).isTrue();
            assertThat(user.get("hashing_algorithm").asString()).isEqualTo("rabbit_password_hashing_sha256");
        });
        assertThat(DEFINITIONS.get("permissions").valueStream()).hasSize(3);
    }

    @Test
    void topologyIsTheOneTheModulesDeclare() {
        assertThat(DEFINITIONS.get("exchanges").valueStream()
                .map(exchange -> exchange.get("name").asString() + " " + exchange.get("type").asString()
                        + durable(exchange)))
                .containsExactlyInAnyOrder(OrdersExchange.NAME + " topic durable",
                        PaymentsExchange.NAME + " topic durable", ParkingLot.EXCHANGE + " direct durable");
        assertThat(DEFINITIONS.get("queues").valueStream()
                .map(queue -> queue.get("name").asString() + durable(queue)))
                .as("their arguments are QueueDeclarationsTest's to check")
                .containsExactlyInAnyOrder(RESULTS + " durable", RESULTS_PARKED + " durable",
                        REQUESTS + " durable", REQUESTS_PARKED + " durable");
        assertThat(DEFINITIONS.get("bindings").valueStream()
                .map(binding -> binding.get("source").asString() + " -> " + binding.get("destination").asString()
                        + " : " + binding.get("routing_key").asString()))
                .containsExactlyInAnyOrder(
                        OrdersExchange.NAME + " -> " + REQUESTS + " : " + OrdersExchange.PAYMENT_REQUESTED,
                        PaymentsExchange.NAME + " -> " + RESULTS + " : " + PaymentsExchange.PAYMENT_SUCCEEDED,
                        PaymentsExchange.NAME + " -> " + RESULTS + " : " + PaymentsExchange.PAYMENT_FAILED,
                        ParkingLot.EXCHANGE + " -> " + RESULTS_PARKED + " : " + RESULTS,
                        ParkingLot.EXCHANGE + " -> " + REQUESTS_PARKED + " : " + REQUESTS);
    }

    private static JsonNode permissionOf(String user) {
        return DEFINITIONS.get("permissions").valueStream()
                .filter(permission -> permission.get("user").asString().equals(user))
                .findFirst().orElseThrow();
    }

    /** The names the regex grants, matched as RabbitMQ matches them: anywhere in the name unless anchored. */
    private static Set<String> matching(String regex) {
        var pattern = Pattern.compile(regex);
        return NAMES.stream().filter(name -> pattern.matcher(name).find()).collect(Collectors.toSet());
    }

    private static String durable(JsonNode declared) {
        return declared.get("durable").asBoolean() && !declared.get("auto_delete").asBoolean() ? " durable" : "";
    }

    record Role(String user, Set<String> configures, Set<String> writes, Set<String> reads) {

        Role readingAlso(String name) {
            return new Role(user, configures, writes, union(reads, Set.of(name)));
        }

        Stream<String> names() {
            return Stream.of(configures, writes, reads).flatMap(Set::stream);
        }

        Role with(Role other, String user) {
            return new Role(user, union(configures, other.configures), union(writes, other.writes),
                    union(reads, other.reads));
        }

        private static Set<String> union(Set<String> one, Set<String> other) {
            var union = new HashSet<>(one);
            union.addAll(other);
            return union;
        }
    }
}
