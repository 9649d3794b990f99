package com.gozon.orders;

import com.gozon.inbox.ParkingLot;
import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.orders.adapter.out.messaging.PaymentRequested;
import com.gozon.orders.application.port.in.FindOrdersQuery;
import com.gozon.orders.application.port.in.PlaceOrderCommand;
import com.gozon.orders.application.port.in.PlaceOrderUseCase;
import com.gozon.orders.application.port.out.OrderRepository;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderStatus;
import com.gozon.orders.domain.UserId;
import com.gozon.support.GozonModuleTest;
import com.gozon.support.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The orders module on its own: its event out is the payment request committed with the order, its event in the
 * payment's outcome, which settles the order.
 */
@GozonModuleTest
class OrdersModuleTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    PlaceOrderUseCase placeOrder;

    @Autowired
    FindOrdersQuery findOrders;

    @Autowired
    OrderRepository orders;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcClient jdbc;

    // one instance serves every test of an @ApplicationModuleTest: each test takes a user of its own
    UserId userId;

    @BeforeEach
    void newUser() {
        userId = new UserId(UUID.randomUUID());
    }

    @Test
    void placedOrderRequestsItsPayment(Scenario scenario) {
        scenario.stimulate(() -> placeOrder.placeOrder(new PlaceOrderCommand(userId, Money.of("12.50"), "A lamp")))
                .andWaitForEventOfType(PaymentRequested.class)
                .matchingMappedValue(PaymentRequested::userId, userId.value())
                .toArriveAndVerify((request, order) -> {
                    assertThat(request.orderId()).isEqualTo(order.id().value());
                    assertThat(request.amount()).isEqualByComparingTo("12.50");
                    assertThat(request.requestedAt()).isEqualTo(order.createdAt());
                });
    }

    @Test
    void succeededPaymentSettlesTheOrderAsPaid(Scenario scenario) {
        var order = storedNewOrder();

        scenario.stimulate(() -> paymentOutcome(PaymentResultsTopology.PAYMENT_SUCCEEDED, order, null))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> statusOf(order), status -> status != OrderStatus.NEW)
                .andVerify(status -> assertThat(status).isEqualTo(OrderStatus.PAID));
    }

    @Test
    void failedPaymentSettlesTheOrderAsFailedWithItsReason(Scenario scenario) {
        var order = storedNewOrder();

        scenario.stimulate(() -> paymentOutcome(PaymentResultsTopology.PAYMENT_FAILED, order,
                        FailureReason.INSUFFICIENT_FUNDS))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> findOrders.findOrder(userId, order.id()).orElseThrow(), Order::isSettled)
                .andVerify(settled -> {
                    assertThat(settled.status()).isEqualTo(OrderStatus.FAILED);
                    assertThat(settled.failureReason()).contains(FailureReason.INSUFFICIENT_FUNDS);
                });
    }

    @Test
    void forgedSuccessForAnotherAmountIsParkedAndLeavesTheOrderNew() {
        var order = storedNewOrder();
        var eventId = paymentOutcome(PaymentResultsTopology.PAYMENT_SUCCEEDED, order, Money.of("999.99"), null);

        var parked = await().atMost(PATIENCE).until(
                () -> receive(PaymentResultsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX, eventId), Objects::nonNull);

        assertThat((String) parked.getMessageProperties().getHeader("x-exception-message"))
                .contains("is for 20.00", "for 999.99");
        assertThat(statusOf(order)).isEqualTo(OrderStatus.NEW);
        assertThat(inboxHolds(eventId)).isFalse();
    }

    /** An order stored without its payment request, so that nothing but the test's message can settle it. */
    private Order storedNewOrder() {
        var order = Order.place(userId, Money.of("20.00"), null, Instant.now());
        orders.insert(order);
        return order;
    }

    private OrderStatus statusOf(Order order) {
        return findOrders.findOrder(userId, order.id()).orElseThrow().status();
    }

    private void paymentOutcome(String routingKey, Order order, FailureReason reason) {
        paymentOutcome(routingKey, order, order.amount(), reason);
    }

    private UUID paymentOutcome(String routingKey, Order order, Money amount, FailureReason reason) {
        var eventId = UUID.randomUUID();
        rabbit.send(PaymentResultsTopology.PAYMENTS_EXCHANGE, routingKey, Messages.json(eventId.toString(), """
                {"eventId":"%s","paymentId":"%s","orderId":"%s","userId":"%s","amount":%s,"reason":%s,
                 "processedAt":"2026-01-01T00:00:00Z"}"""
                .formatted(eventId, UUID.randomUUID(), order.id().value(), userId.value(), amount,
                        reason == null ? "null" : "\"" + reason.name() + "\"")));
        return eventId;
    }

    private Message receive(String queue, UUID messageId) {
        for (var message = rabbit.receive(queue, 500); message != null; message = rabbit.receive(queue, 500)) {
            if (messageId.toString().equals(message.getMessageProperties().getMessageId())) {
                return message;
            }
        }
        return null;
    }

    private boolean inboxHolds(UUID messageId) {
        return jdbc.sql("select count(*) from orders.inbox_message where message_id = ?").param(messageId)
                .query(Long.class).single() > 0;
    }
}
