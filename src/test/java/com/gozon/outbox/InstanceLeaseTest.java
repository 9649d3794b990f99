package com.gozon.outbox;

import com.gozon.orders.adapter.out.messaging.PaymentRequested;
import com.gozon.orders.application.port.out.OrderRepository;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.UserId;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A payment request that another instance was sending when it died is taken over as soon as that instance's lease
 * expired (5 s), not after the one-minute staleness; one whose sender is alive is left to it; one whose sender stopped
 * cleanly was handed back by it and needs no takeover (ADR 0027).
 */
@GozonIntegrationTest
class InstanceLeaseTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    EventSerializer serializer;

    @Autowired
    OrderRepository orders;

    @Autowired
    OutboxProperties properties;

    HttpApi api;
    Outbox outbox;
    UUID userId;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        outbox = new Outbox(publications, jdbc);
        userId = api.openAccount();
        api.topUp(userId, "100.00");
        // one order the ordinary way, so that the registry knows the listener of payment requests
        api.placeOrder(userId, "1.00");
    }

    @Test
    void paymentRequestOfADeadInstanceIsTakenOverWithinSeconds() {
        var order = newOrder();

        outbox.inFlightAt("crashed-" + UUID.randomUUID(), paymentRequestOf(order), serializer);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(api.order(order.id().value().toString()).get("status").asString()).isEqualTo("PAID"));
    }

    @Test
    void paymentRequestOfALiveInstanceIsLeftToIt() {
        var order = newOrder();
        var alive = "alive-" + UUID.randomUUID();
        outbox.keepAlive(alive, Duration.ofMinutes(1));

        outbox.inFlightAt(alive, paymentRequestOf(order), serializer);

        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10)).until(() ->
                "NEW".equals(api.order(order.id().value().toString()).get("status").asString()));
    }

    @Test
    void aCleanStopHandsBackWhatTheInstanceHasInFlightAndGivesUpItsLease() {
        var order = newOrder();
        var stopping = "stopping-" + UUID.randomUUID();
        var leases = new InstanceLeases(jdbc, OutboxInstance.named(stopping), properties);
        leases.start();
        leases.renew();
        outbox.inFlightAt(stopping, paymentRequestOf(order), serializer);

        leases.stop();

        assertThat(jdbc.sql("select status || ' ' || coalesce(claimed_by, 'nobody') from outbox.event_publication"
                        + " where serialized_event like ?").param("%" + order.id().value() + "%")
                .query(String.class).list()).containsExactly("FAILED nobody");
        assertThat(jdbc.sql("select count(*) from outbox.instance_lease where instance_id = ?").param(stopping)
                .query(Integer.class).single()).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.order(order.id().value().toString()).get("status").asString()).isEqualTo("PAID"));
    }

    /** An order stored without a payment request of its own: the test writes one as another instance would. */
    private Order newOrder() {
        var order = Order.place(new UserId(userId), Money.of("10.00"), null, Instant.now());
        orders.insert(order);
        return order;
    }

    private static PaymentRequested paymentRequestOf(Order order) {
        return new PaymentRequested(UUID.randomUUID(), order.id().value(), order.userId().value(),
                order.amount().amount(), order.createdAt());
    }
}
