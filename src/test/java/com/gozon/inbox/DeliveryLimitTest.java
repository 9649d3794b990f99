package com.gozon.inbox;

import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderUseCase;
import com.gozon.support.DatabaseFaults;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
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
 * The quorum queues' delivery limit on RabbitMQ (ADR 0025): a message the broker delivered {@code
 * gozon.inbox.delivery-limit} times is parked, never dropped, and an outage, however long, does not bring a good
 * message there. Runs only in the external suite ({@code -Dgozon.test.infrastructure=external}): the development
 * broker has no quorum queues.
 */
@GozonIntegrationTest
@EnabledIf("com.gozon.support.TestInfrastructure#isExternal")
class DeliveryLimitTest {

    static final String REQUESTS = PaymentRequestsTopology.QUEUE;
    static final String REQUESTS_PARKED = REQUESTS + ParkingLot.QUEUE_SUFFIX;
    /** A delivery and the listener's three retries: the tries one delivery costs when a batch is not held. */
    static final int TRIES_PER_DELIVERY = 4;

    @LocalServerPort
    int port;

    @Autowired
    DatabaseFaults faults;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitListenerEndpointRegistry listeners;

    @Autowired
    ParkedMessages parked;

    @Autowired
    InboxProperties inbox;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    int terminationsBefore;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        terminationsBefore = faults.terminations();
    }

    @AfterEach
    void disarm() {
        faults.disarm();
    }

    /**
     * The database "restarts" at every try of one payment request, more often than the request's deliveries would
     * allow if each outage gave it back to its queue: held in its consumer's hand, the request is paid once the
     * database stays, and nothing is parked.
     */
    @Test
    void anOutageLongerThanTheDeliveryLimitParksNothingAndPaysOnce() {
        var parkedBefore = parked.list(REQUESTS_PARKED).size();
        var userId = api.openAccount();
        api.topUp(userId, "10.00");
        var outage = TRIES_PER_DELIVERY * (inbox.deliveryLimit() + 5);
        faults.terminateBackendsBefore(PayOrderUseCase.class,
                argument -> argument instanceof PayOrderCommand command && command.userId().value().equals(userId),
                outage);

        var orderId = api.placeOrder(userId, "4.00").json().get("orderId").asString();

        await().atMost(Duration.ofMinutes(3))
                .until(() -> "PAID".equals(api.order(orderId).get("status").asString()));
        assertThat(faults.terminations() - terminationsBefore)
                .as("tries that met the outage, more than the delivery limit's worth (the net may have asked again"
                        + " meanwhile, and the order be paid before the last of them)")
                .isGreaterThan(TRIES_PER_DELIVERY * inbox.deliveryLimit());
        assertThat(api.balance(userId)).isEqualByComparingTo("6.00");
        assertThat(debits(orderId)).isOne();
        assertThat(parked.list(REQUESTS_PARKED)).hasSize(parkedBefore);
    }

    /**
     * A message given back to its queue again and again (as by a consumer that dies on it each time) is dead-lettered
     * by the broker into its parking queue at the delivery limit, with its reason and its origin, and an operator's
     * replay sends it on to be paid.
     */
    @Test
    void aMessageDeliveredMoreOftenThanTheLimitIsParkedByTheBrokerAndCanBeReplayed() {
        var container = listeners.getListenerContainer(REQUESTS);
        var parkedBefore = parked.list(REQUESTS_PARKED).stream().map(ParkedMessages.Parked::messageId).toList();
        UUID userId;
        String orderId;
        int deliveries;
        container.stop();
        try {
            userId = api.openAccount();
            api.topUp(userId, "10.00");
            orderId = api.placeOrder(userId, "3.00").json().get("orderId").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> ready(REQUESTS) >= 1);
            deliveries = rabbit.execute(channel -> {
                var count = 0;
                for (var response = channel.basicGet(REQUESTS, false); response != null && count < 100;
                        response = channel.basicGet(REQUESTS, false)) {
                    count++;
                    channel.basicNack(response.getEnvelope().getDeliveryTag(), false, true);
                }
                return count;
            });
        } finally {
            container.start();
        }

        assertThat(deliveries).as("delivered up to the limit, then dead-lettered")
                .isBetween(inbox.deliveryLimit(), inbox.deliveryLimit() + 1);
        var newlyParked = await().atMost(Duration.ofSeconds(30)).until(() -> parked.list(REQUESTS_PARKED).stream()
                .filter(message -> !parkedBefore.contains(message.messageId())).toList(), found -> !found.isEmpty());
        assertThat(newlyParked).singleElement().satisfies(message -> {
            assertThat(message.reason()).isEqualTo("Dead-lettered by the broker: delivery_limit");
            assertThat(message.originalExchange()).isEqualTo(PaymentRequestsTopology.ORDERS_EXCHANGE);
            assertThat(message.originalRoutingKey()).isEqualTo(PaymentRequestsTopology.PAYMENT_REQUESTED);
        });
        assertThat(api.order(orderId).get("status").asString()).isEqualTo("NEW");

        assertThat(parked.replay(REQUESTS_PARKED, newlyParked.get(0).messageId())).isOne();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "PAID".equals(api.order(orderId).get("status").asString()));
        assertThat(api.balance(userId)).isEqualByComparingTo("7.00");
        assertThat(debits(orderId)).isOne();
    }

    private long ready(String queue) {
        return rabbit.execute(channel -> (long) channel.queueDeclarePassive(queue).getMessageCount());
    }

    private long debits(String orderId) {
        return jdbc.sql("select count(*) from payments.ledger_entry where kind = 'DEBIT' and order_id = ?::uuid")
                .param(orderId).query(Long.class).single();
    }
}
