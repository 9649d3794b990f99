package com.gozon.roles;

import com.gozon.inbox.ParkingLot;
import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.orders.adapter.out.messaging.OrdersExchange;
import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.payments.adapter.out.messaging.PaymentsExchange;
import com.gozon.support.GozonIntegrationTest;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.core.env.Environment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The broker is no back door: each module's broker user may publish only to its own exchange (and to the parking
 * exchange), read only from its own queues, and configure nothing of the other module's. A forged
 * {@code payment.succeeded} from the orders user, or a forged payment request from the payments user, is refused
 * by the broker: it closes the channel with ACCESS_REFUSED and never confirms the message.
 * <p>
 * RabbitMQ enforces these permissions; the development broker (Qpid Broker-J, one user guest who may do anything)
 * does not. So this test runs only in the external suite ({@code -Dgozon.test.infrastructure=external}), against
 * this machine's RabbitMQ with the users and permissions of {@code docker/rabbitmq/definitions.json}, which
 * {@code .ci/broker-definitions} loads; CI ({@code .ci/run}) loads them and runs that suite.
 */
@GozonIntegrationTest
@EnabledIf("com.gozon.support.TestInfrastructure#isExternal")
class BrokerPermissionsTest {

    private static final byte[] FORGED = """
            {"orderId":"%s","userId":"%s","amount":999.99}""".formatted(UUID.randomUUID(), UUID.randomUUID())
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    RabbitProperties rabbit;

    @Autowired
    Environment environment;

    @Test
    void ordersCannotPublishAPaymentResult() throws Exception {
        try (var connection = connectAs("orders")) {
            assertPublishRefused(connection, PaymentsExchange.NAME, PaymentsExchange.PAYMENT_SUCCEEDED);
        }
    }

    @Test
    void paymentsCannotPublishAPaymentRequest() throws Exception {
        try (var connection = connectAs("payments")) {
            assertPublishRefused(connection, OrdersExchange.NAME, OrdersExchange.PAYMENT_REQUESTED);
        }
    }

    @Test
    void neitherCanPublishStraightIntoTheOtherModulesQueue() throws Exception {
        try (var orders = connectAs("orders"); var payments = connectAs("payments")) {
            assertPublishRefused(orders, "", PaymentRequestsTopology.QUEUE);
            assertPublishRefused(payments, "", PaymentResultsTopology.QUEUE);
        }
    }

    @Test
    void neitherCanReadTheOtherModulesQueue() throws Exception {
        try (var orders = connectAs("orders"); var payments = connectAs("payments")) {
            assertRefused(orders.createChannel(), channel -> channel.basicGet(PaymentRequestsTopology.QUEUE, false));
            assertRefused(payments.createChannel(), channel -> channel.basicGet(PaymentResultsTopology.QUEUE, false));
        }
    }

    @Test
    void neitherCanDeclareTheOtherModulesExchange() throws Exception {
        try (var orders = connectAs("orders"); var payments = connectAs("payments")) {
            assertRefused(orders.createChannel(),
                    channel -> channel.exchangeDeclare(PaymentsExchange.NAME, "topic", true));
            assertRefused(payments.createChannel(),
                    channel -> channel.exchangeDeclare(OrdersExchange.NAME, "topic", true));
        }
    }

    /**
     * Issue 18: with the permissions of the definitions, orders_app bound its results queue to the parking exchange
     * with the key payment.succeeded, published a forged result there, and an unpaid order became PAID.
     */
    @Test
    void neitherCanBindAQueueToTheParkingExchange() throws Exception {
        try (var orders = connectAs("orders"); var payments = connectAs("payments")) {
            assertRefused(orders.createChannel(), channel -> channel.queueBind(PaymentResultsTopology.QUEUE,
                    ParkingLot.EXCHANGE, PaymentResultsTopology.PAYMENT_SUCCEEDED));
            assertRefused(payments.createChannel(), channel -> channel.queueBind(PaymentRequestsTopology.QUEUE,
                    ParkingLot.EXCHANGE, PaymentRequestsTopology.PAYMENT_REQUESTED));
        }
    }

    @Test
    void eachPublishesToItsOwnExchangeAndToTheParkingExchange() throws Exception {
        try (var orders = connectAs("orders"); var payments = connectAs("payments")) {
            // routing keys that no queue is bound to: confirmed, delivered nowhere
            assertConfirmed(orders, OrdersExchange.NAME, "order.permission-check");
            assertConfirmed(orders, ParkingLot.EXCHANGE, "permission-check");
            assertConfirmed(payments, PaymentsExchange.NAME, "payment.permission-check");
            assertConfirmed(payments, ParkingLot.EXCHANGE, "permission-check");
        }
    }

    private static void assertPublishRefused(Connection connection, String exchange, String routingKey)
            throws Exception {
        var channel = connection.createChannel();
        channel.confirmSelect();
        channel.basicPublish(exchange, routingKey, true, properties(), FORGED);

        assertThatThrownBy(() -> channel.waitForConfirmsOrDie(5_000))
                .as("publishing to exchange '%s' with routing key %s is not confirmed", exchange, routingKey)
                .isNotNull();
        assertThat(channel.getCloseReason()).as("the channel was closed by the broker").isNotNull();
        assertThat(channel.getCloseReason().getMessage()).contains("ACCESS_REFUSED");
    }

    private static void assertRefused(Channel channel, ChannelAction action) {
        assertThatThrownBy(() -> action.on(channel)).isNotNull();
        assertThat(channel.getCloseReason()).as("the channel was closed by the broker").isNotNull();
        assertThat(channel.getCloseReason().getMessage()).contains("ACCESS_REFUSED");
    }

    private static void assertConfirmed(Connection connection, String exchange, String routingKey) throws Exception {
        try (var channel = connection.createChannel()) {
            channel.confirmSelect();
            channel.basicPublish(exchange, routingKey, false, properties(), FORGED);
            channel.waitForConfirmsOrDie(5_000);
        }
    }

    private static AMQP.BasicProperties properties() {
        return new AMQP.BasicProperties.Builder().messageId(UUID.randomUUID().toString())
                .contentType("application/json").build();
    }

    private Connection connectAs(String role) throws Exception {
        var factory = new ConnectionFactory();
        factory.setHost(rabbit.determineHost());
        factory.setPort(rabbit.determinePort());
        factory.setVirtualHost(rabbit.determineVirtualHost() != null ? rabbit.determineVirtualHost() : "/");
        factory.setUsername(environment.getRequiredProperty("gozon.test." + role + "-broker-user"));
        factory.setPassword(environment.getRequiredProperty("gozon.test." + role + "-broker-password"));
        return factory.newConnection("permission-check-" + role);
    }

    @FunctionalInterface
    private interface ChannelAction {
        void on(Channel channel) throws Exception;
    }
}
