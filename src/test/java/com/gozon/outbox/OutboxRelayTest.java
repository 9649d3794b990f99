package com.gozon.outbox;

import com.gozon.orders.adapter.out.messaging.OrdersExchange;
import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publication is complete only once the broker confirmed and routed it. When the broker refuses it, it stays
 * incomplete and goes out once the broker accepts it again, also when its first publisher died.
 */
@GozonIntegrationTest
class OutboxRelayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    RabbitAdmin rabbitAdmin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository publications;

    HttpApi api;
    Outbox outbox;
    UUID userId;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        outbox = new Outbox(publications, jdbc);
        userId = api.openAccount();
        api.topUp(userId, "100.00");
    }

    @AfterEach
    void restoreTopology() {
        rabbitAdmin.initialize();
    }

    @Test
    void publicationToAMissingExchangeStaysIncompleteUntilTheExchangeIsBack() {
        rabbitAdmin.deleteExchange(OrdersExchange.NAME);

        var orderId = api.placeOrder(userId, "10.00").json().get("orderId").asString();

        await().atMost(PATIENCE).until(() -> outbox.isPaymentRequestFailed(orderId));
        assertThat(api.order(orderId).get("status").asString()).isEqualTo("NEW");
        assertThat(api.balance(userId)).isEqualByComparingTo("100.00");

        rabbitAdmin.initialize();

        awaitPaid(orderId);
        assertThat(outbox.isPaymentRequestCompleted(orderId)).isTrue();
        assertThat(api.balance(userId)).isEqualByComparingTo("90.00");
    }

    @Test
    void unroutedPublicationStaysIncompleteUntilAQueueIsBound() {
        rabbitAdmin.removeBinding(new Binding(PaymentRequestsTopology.QUEUE, Binding.DestinationType.QUEUE,
                OrdersExchange.NAME, OrdersExchange.PAYMENT_REQUESTED, null));

        var orderId = api.placeOrder(userId, "20.00").json().get("orderId").asString();

        await().atMost(PATIENCE).until(() -> outbox.isPaymentRequestFailed(orderId));
        assertThat(api.order(orderId).get("status").asString()).isEqualTo("NEW");

        rabbitAdmin.initialize();

        awaitPaid(orderId);
        assertThat(api.balance(userId)).isEqualByComparingTo("80.00");
    }

    @Test
    void publicationLeftInFlightByACrashedProcessIsResubmitted() {
        rabbitAdmin.deleteExchange(OrdersExchange.NAME);
        var orderId = api.placeOrder(userId, "30.00").json().get("orderId").asString();
        await().atMost(PATIENCE).until(() -> outbox.isPaymentRequestFailed(orderId));

        outbox.pretendPublisherCrashed(orderId);
        rabbitAdmin.initialize();

        awaitPaid(orderId);
        assertThat(api.balance(userId)).isEqualByComparingTo("70.00");
    }

    private void awaitPaid(String orderId) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(api.order(orderId).get("status").asString()).isEqualTo("PAID"));
    }
}
