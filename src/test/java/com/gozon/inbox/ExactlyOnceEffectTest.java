package com.gozon.inbox;

import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.orders.application.port.in.SettleOrderResult;
import com.gozon.orders.domain.FailureReason;
import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.payments.adapter.out.messaging.PaymentFailed;
import com.gozon.payments.adapter.out.messaging.PaymentSucceeded;
import com.gozon.payments.application.port.in.PayOrderResult;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HandledMessages;
import com.gozon.support.HttpApi;
import com.gozon.support.Messages;
import com.gozon.support.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redelivered and republished messages change nothing the second time: one debit and one payment per request, and
 * an order settles once.
 */
@GozonIntegrationTest
@EnableScenarios
class ExactlyOnceEffectTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    HandledMessages handled;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void samePaymentRequestDeliveredTwiceDebitsOnce(Scenario scenario) {
        var userId = api.openAccount();
        api.topUp(userId, "100.00");
        var eventId = UUID.randomUUID();
        var orderId = UUID.randomUUID();
        var request = paymentRequested(eventId, orderId, userId, "30.00");

        scenario.stimulate(() -> {
                    requestPayment(eventId.toString(), request);
                    requestPayment(eventId.toString(), request);
                })
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> handled.resultsOf(eventId), results -> results.size() == 2)
                .andVerify(results -> {
                    assertThat(results).extracting(Object::getClass).containsExactlyInAnyOrder(
                            PayOrderResult.Applied.class, PayOrderResult.DuplicateMessage.class);
                    assertThat(api.balance(userId)).isEqualByComparingTo("70.00");
                    assertThat(paymentsFor(orderId)).isEqualTo(1);
                    assertThat(outcomesAnnouncedFor(orderId)).isEqualTo(1);
                });
    }

    @Test
    void republishedCopyWithoutMessageIdIsRecognisedByItsEventId(Scenario scenario) {
        var userId = api.openAccount();
        api.topUp(userId, "100.00");
        var eventId = UUID.randomUUID();
        var orderId = UUID.randomUUID();
        var request = paymentRequested(eventId, orderId, userId, "40.00");

        scenario.stimulate(() -> requestPayment(eventId.toString(), request))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> handled.resultsOf(eventId), results -> results.size() == 1)
                .andVerify(first -> assertThat(first).singleElement().isInstanceOf(PayOrderResult.Applied.class));
        scenario.stimulate(() -> requestPayment(null, request))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> handled.resultsOf(eventId), results -> results.size() == 2)
                .andVerify(results -> {
                    assertThat(results.get(1)).isInstanceOf(PayOrderResult.DuplicateMessage.class);
                    assertThat(api.balance(userId)).isEqualByComparingTo("60.00");
                    assertThat(paymentsFor(orderId)).isEqualTo(1);
                });
    }

    @Test
    void secondRequestForAnAlreadyPaidOrderDebitsNothing(Scenario scenario) {
        var userId = api.openAccount();
        api.topUp(userId, "100.00");
        var orderId = UUID.randomUUID();
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();

        scenario.stimulate(() -> {
                    requestPayment(first.toString(), paymentRequested(first, orderId, userId, "25.00"));
                    requestPayment(second.toString(), paymentRequested(second, orderId, userId, "25.00"));
                })
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> resultsOf(first, second), results -> results.size() == 2)
                .andVerify(results -> {
                    assertThat(results).extracting(Object::getClass).containsExactlyInAnyOrder(
                            PayOrderResult.Applied.class, PayOrderResult.AlreadySettled.class);
                    assertThat(api.balance(userId)).isEqualByComparingTo("75.00");
                    assertThat(paymentsFor(orderId)).isEqualTo(1);
                });
    }

    @Test
    void lateContradictingOutcomeDoesNotMoveASettledOrder(Scenario scenario) {
        var userId = api.openAccount();
        api.topUp(userId, "10.00");
        var orderId = api.placeOrder(userId, "5.00").json().get("orderId").asString();
        await().atMost(PATIENCE).until(() -> api.order(orderId).get("status").asString(), "PAID"::equals);
        var eventId = UUID.randomUUID();

        scenario.stimulate(() -> rabbit.send(PaymentResultsTopology.PAYMENTS_EXCHANGE,
                        PaymentResultsTopology.PAYMENT_FAILED, Messages.json(eventId.toString(), """
                                {"eventId":"%s","paymentId":"%s","orderId":"%s","userId":"%s","amount":5.00,
                                 "reason":"%s","processedAt":"2026-01-01T00:00:00Z"}"""
                                .formatted(eventId, UUID.randomUUID(), orderId, userId,
                                        FailureReason.INSUFFICIENT_FUNDS))))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> handled.resultsOf(eventId), results -> !results.isEmpty())
                .andVerify(results -> {
                    assertThat(results).singleElement().isInstanceOf(SettleOrderResult.AlreadySettled.class);
                    var order = api.order(orderId);
                    assertThat(order.get("status").asString()).isEqualTo("PAID");
                    assertThat(order.get("failureReason").isNull()).isTrue();
                });
    }

    private void requestPayment(String messageId, String body) {
        rabbit.send(PaymentRequestsTopology.ORDERS_EXCHANGE, PaymentRequestsTopology.PAYMENT_REQUESTED,
                Messages.json(messageId, body));
    }

    private List<Object> resultsOf(UUID first, UUID second) {
        return Stream.concat(handled.resultsOf(first).stream(), handled.resultsOf(second).stream())
                .toList();
    }

    private long paymentsFor(UUID orderId) {
        return jdbc.sql("select count(*) from payments.payment where order_id = ?").param(orderId)
                .query(Long.class).single();
    }

    private long outcomesAnnouncedFor(UUID orderId) {
        var outbox = new Outbox(publications, jdbc);
        return outbox.publicationsOf(PaymentSucceeded.class, event -> event.orderId().equals(orderId)).size()
                + outbox.publicationsOf(PaymentFailed.class, event -> event.orderId().equals(orderId)).size();
    }

    static String paymentRequested(UUID eventId, UUID orderId, UUID userId, String amount) {
        return """
                {"eventId":"%s","orderId":"%s","userId":"%s","amount":%s,"requestedAt":"2026-01-01T00:00:00Z"}"""
                .formatted(eventId, orderId, userId, amount);
    }
}
