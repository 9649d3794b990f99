package com.gozon.outbox;

import com.gozon.dev.EmbeddedBroker;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.Outbox;
import com.gozon.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The connection to the broker is cut while an order is placed: the order is kept, its payment request stays in the
 * outbox, and it is delivered once the broker is reachable again.
 */
@GozonIntegrationTest
@DirtiesContext
class BrokerOutageTest {

    static final TcpProxy BROKER = new TcpProxy(() -> EmbeddedBroker.portOr(5672)).start();

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.port", BROKER::port);
        registry.add("spring.rabbitmq.listener.simple.recovery-interval", () -> "500ms");
    }

    @AfterAll
    static void closeProxy() {
        BROKER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository publications;

    @Test
    void orderPlacedDuringAnOutageIsPaidOnceTheBrokerIsBack() {
        var api = new HttpApi(port);
        var outbox = new Outbox(publications, jdbc);
        var userId = api.openAccount();
        api.topUp(userId, "50.00");

        BROKER.cut();
        var placed = api.placeOrder(userId, "12.50");

        assertThat(placed.status()).isEqualTo(201);
        var orderId = placed.json().get("orderId").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> outbox.isPaymentRequestFailed(orderId));
        assertThat(api.order(orderId).get("status").asString()).isEqualTo("NEW");

        BROKER.start();

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                assertThat(api.order(orderId).get("status").asString()).isEqualTo("PAID"));
        assertThat(api.balance(userId)).isEqualByComparingTo("37.50");
    }
}
