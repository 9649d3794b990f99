package com.gozon.journey;

import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The end-to-end net that does not trust the broker (issue 19): a message the broker confirmed and then lost (here:
 * purged from its queue, as a lost disk would) strands no order. Orders asks again for the payment of an order still
 * NEW after {@code gozon.orders.payment-rerequest-after} (30 s), Payments answers with the outcome it recorded, and
 * the order settles, paid once.
 */
@GozonIntegrationTest
class LostMessageTest {

    private static final Duration AFTER_THE_NET = Duration.ofSeconds(120);

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void lostPaymentRequestIsRequestedAgainAndTheOrderIsPaidOnce() {
        var rerequestedBefore = rerequested();
        var userId = api.openAccount();
        api.topUp(userId, "10.00");

        var orderId = placeAndLoseItsMessage(PaymentRequestsTopology.QUEUE, userId);

        await().atMost(AFTER_THE_NET).until(() -> "PAID".equals(api.order(orderId).get("status").asString()));
        assertThat(api.balance(userId)).isEqualByComparingTo("6.00");
        assertThat(debits(orderId)).isOne();
        assertThat(rerequested()).isGreaterThan(rerequestedBefore);
    }

    @Test
    void lostPaymentResultIsAnsweredAgainAndTheOrderIsPaidOnce() {
        var userId = api.openAccount();
        api.topUp(userId, "10.00");

        var orderId = placeAndLoseItsMessage(PaymentResultsTopology.QUEUE, userId);

        await().atMost(AFTER_THE_NET).until(() -> "PAID".equals(api.order(orderId).get("status").asString()));
        assertThat(api.balance(userId)).isEqualByComparingTo("6.00");
        assertThat(debits(orderId)).isOne();
    }

    /** Places an order while the queue's consumer is stopped, and purges its message once the broker holds it. */
    private String placeAndLoseItsMessage(String queue, UUID userId) {
        var container = listeners.getListenerContainer(queue);
        container.stop();
        try {
            var orderId = api.placeOrder(userId, "4.00").json().get("orderId").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> ready(queue) >= 1);
            rabbit.execute(channel -> channel.queuePurge(queue));
            assertThat(api.order(orderId).get("status").asString()).isEqualTo("NEW");
            return orderId;
        } finally {
            container.start();
        }
    }

    private long ready(String queue) {
        return rabbit.execute(channel -> (long) channel.queueDeclarePassive(queue).getMessageCount());
    }

    private long debits(String orderId) {
        return jdbc.sql("select count(*) from payments.ledger_entry where kind = 'DEBIT' and order_id = ?::uuid")
                .param(orderId).query(Long.class).single();
    }

    private double rerequested() {
        var counter = meters.find("gozon.orders.payment.rerequested").counter();
        return counter == null ? 0 : counter.count();
    }
}
