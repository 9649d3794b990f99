package com.gozon.messaging;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.Messages;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redelivered and republished messages change nothing the second time: one debit and one payment per request, and
 * an order settles once.
 */
@GozonIntegrationTest
class ExactlyOnceEffectTest {

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void samePaymentRequestDeliveredTwiceDebitsOnce() {
        var userId = api.openAccount();
        api.topUp(userId, "100.00");
        var eventId = UUID.randomUUID();
        var orderId = UUID.randomUUID();
        var request = paymentRequested(eventId, orderId, userId, "30.00");

        var duplicatesBefore = duplicates();

        rabbit.send("gozon.orders", "order.payment-requested", Messages.json(eventId.toString(), request));
        rabbit.send("gozon.orders", "order.payment-requested", Messages.json(eventId.toString(), request));

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxed(eventId) && duplicates() > duplicatesBefore);
        assertThat(api.balance(userId)).isEqualByComparingTo("70.00");
        assertThat(paymentsFor(orderId)).isEqualTo(1);
        assertThat(outcomesAnnouncedFor(orderId)).isEqualTo(1);
    }

    @Test
    void republishedCopyWithoutMessageIdIsRecognisedByItsEventId() {
        var userId = api.openAccount();
        api.topUp(userId, "100.00");
        var eventId = UUID.randomUUID();
        var orderId = UUID.randomUUID();
        var request = paymentRequested(eventId, orderId, userId, "40.00");

        rabbit.send("gozon.orders", "order.payment-requested", Messages.json(eventId.toString(), request));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxed(eventId));
        var duplicatesBefore = duplicates();
        rabbit.send("gozon.orders", "order.payment-requested", Messages.json(null, request));
        await().atMost(Duration.ofSeconds(20)).until(() -> duplicates() > duplicatesBefore);

        assertThat(api.balance(userId)).isEqualByComparingTo("60.00");
        assertThat(paymentsFor(orderId)).isEqualTo(1);
    }

    @Test
    void secondRequestForAnAlreadyPaidOrderDebitsNothing() {
        var userId = api.openAccount();
        api.topUp(userId, "100.00");
        var orderId = UUID.randomUUID();
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();

        rabbit.send("gozon.orders", "order.payment-requested",
                Messages.json(first.toString(), paymentRequested(first, orderId, userId, "25.00")));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxed(first));
        rabbit.send("gozon.orders", "order.payment-requested",
                Messages.json(second.toString(), paymentRequested(second, orderId, userId, "25.00")));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxed(second));

        assertThat(api.balance(userId)).isEqualByComparingTo("75.00");
        assertThat(paymentsFor(orderId)).isEqualTo(1);
    }

    @Test
    void lateContradictingOutcomeDoesNotMoveASettledOrder() {
        var userId = api.openAccount();
        api.topUp(userId, "10.00");
        var orderId = api.placeOrder(userId, "5.00").json().get("orderId").asString();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "PAID".equals(api.order(orderId).get("status").asString()));
        var eventId = UUID.randomUUID();

        rabbit.send("gozon.payments", "payment.failed", Messages.json(eventId.toString(), """
                {"eventId":"%s","paymentId":"%s","orderId":"%s","userId":"%s","amount":5.00,
                 "reason":"INSUFFICIENT_FUNDS","processedAt":"2026-01-01T00:00:00Z"}"""
                .formatted(eventId, UUID.randomUUID(), orderId, userId)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from orders.inbox_message where message_id = ?").param(eventId)
                .query(Long.class).single() == 1);

        var order = api.order(orderId);
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        assertThat(order.get("failureReason").isNull()).isTrue();
    }

    private boolean inboxed(UUID eventId) {
        return jdbc.sql("select count(*) from payments.inbox_message where message_id = ?").param(eventId)
                .query(Long.class).single() == 1;
    }

    private long paymentsFor(UUID orderId) {
        return jdbc.sql("select count(*) from payments.payment where order_id = ?").param(orderId)
                .query(Long.class).single();
    }

    private long outcomesAnnouncedFor(UUID orderId) {
        return jdbc.sql("select count(*) from outbox.event_publication where serialized_event like ?")
                .param("%\"orderId\":\"" + orderId + "\"%").query(Long.class).single();
    }

    private double duplicates() {
        var counter = meters.find("gozon.messages.handled")
                .tags("queue", "payments.payment-requests", "result", "DuplicateMessage").counter();
        return counter == null ? 0 : counter.count();
    }

    static String paymentRequested(UUID eventId, UUID orderId, UUID userId, String amount) {
        return """
                {"eventId":"%s","orderId":"%s","userId":"%s","amount":%s,"requestedAt":"2026-01-01T00:00:00Z"}"""
                .formatted(eventId, orderId, userId, amount);
    }
}
