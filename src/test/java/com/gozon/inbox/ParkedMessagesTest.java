package com.gozon.inbox;

import com.gozon.inbox.ParkingLot;
import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.orders.application.port.out.OrderRepository;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.OrderStatus;
import com.gozon.orders.domain.UserId;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.Messages;
import com.gozon.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator sees what is parked and why, fixes the cause, and sends the message back with its original id, over
 * {@code /actuator/parked}.
 */
@GozonIntegrationTest
class ParkedMessagesTest {

    static final String PARKED = PaymentResultsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX;

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    OrderRepository orders;

    HttpApi api;
    HttpApi operator;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        operator = api.withToken(TestTokens.sign(TestTokens.claimsFor(UUID.randomUUID())
                .claim("scope", "gozon.operations").build()));
    }

    @Test
    void parkedPaymentResultIsListedWithItsReasonAndReplayedOnceItsOrderExists() {
        var orderId = new OrderId(UUID.randomUUID());
        var messageId = UUID.randomUUID().toString();
        rabbit.send(PaymentResultsTopology.PAYMENTS_EXCHANGE, PaymentResultsTopology.PAYMENT_SUCCEEDED,
                Messages.json(messageId, """
                        {"eventId":"%s","paymentId":"%s","orderId":"%s","userId":"%s","amount":7.00,
                         "processedAt":"2026-01-01T00:00:00Z"}"""
                        .formatted(messageId, UUID.randomUUID(), orderId.value(), api.userId())));

        var listed = await().atMost(Duration.ofSeconds(30)).until(() -> operator.get("/actuator/parked/" + PARKED).json(),
                parked -> parked.valueStream().anyMatch(message -> messageId.equals(message.get("messageId").asString())));
        var entry = listed.valueStream().filter(message -> messageId.equals(message.get("messageId").asString()))
                .findFirst().orElseThrow();
        assertThat(entry.get("reason").asString()).contains("No order " + orderId.value());
        assertThat(entry.get("originalRoutingKey").asString()).isEqualTo(PaymentResultsTopology.PAYMENT_SUCCEEDED);
        assertThat(entry.get("firstFailure").asString()).contains("No order " + orderId.value());
        assertThat(entry.get("outageSuspected").asBoolean()).isFalse();

        orders.insert(Order.restore(orderId, new UserId(api.userId()), Money.of("7.00"), null, OrderStatus.NEW,
                null, Instant.now(), Instant.now()));
        var replayed = operator.post("/actuator/parked/" + PARKED, "{\"messageId\":\"" + messageId + "\"}");

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("replayed").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.order(orderId.value().toString()).get("status").asString()).isEqualTo("PAID"));
        assertThat(operator.get("/actuator/parked/" + PARKED).json().valueStream()
                .noneMatch(message -> messageId.equals(message.get("messageId").asString()))).isTrue();
    }

    @Test
    void unknownParkingQueueIsABadRequest() {
        var response = operator.get("/actuator/parked/no-such-queue.parked");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void onlyAnOperatorSeesOrReplaysParkedMessages() {
        assertThat(api.get("/actuator/parked").status()).isEqualTo(403);
        assertThat(api.post("/actuator/parked/" + PARKED, "{}").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/actuator/parked").status()).isEqualTo(401);
    }
}
