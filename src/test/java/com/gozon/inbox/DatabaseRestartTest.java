package com.gozon.inbox;

import com.gozon.inbox.ParkingLot;
import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.orders.application.port.in.SettleOrderCommand;
import com.gozon.orders.application.port.in.SettleOrderUseCase;
import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderUseCase;
import com.gozon.support.DatabaseFaults;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A PostgreSQL restart that lands while a consumer holds a batch inside its transaction (issue 16): the batch's
 * statement meets a terminated backend, its rollback a closed connection, and the exception that reaches the consumer
 * is the rollback's. That is an outage, not a bad message: nothing is parked, every order ends final, and the money
 * adds up. {@link DatabaseFaults} terminates every backend of the database at that moment, twice for the same message,
 * so that the batch and the one-message-at-a-time attempt after it both meet it.
 */
@GozonIntegrationTest
class DatabaseRestartTest {

    private static final List<String> PARKING_QUEUES = List.of(
            PaymentRequestsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX,
            PaymentResultsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX);

    @LocalServerPort
    int port;

    @Autowired
    DatabaseFaults faults;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.rabbitmq.listener.simple.concurrency}")
    int concurrency;

    @Value("${gozon.messaging.batch-wait:5ms}")
    Duration batchWait;

    HttpApi api;
    Map<String, Long> parkedBefore;
    double parkingsBefore;
    int terminationsBefore;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        parkedBefore = parkedNow();
        parkingsBefore = parkings();
        terminationsBefore = faults.terminations();
    }

    @AfterEach
    void disarm() {
        faults.disarm();
    }

    @Test
    void paymentRequestThatMeetsARestartIsPaidOnceAndNotParked() {
        var userId = api.openAccount();
        api.topUp(userId, "10.00");
        faults.terminateBackendsBefore(PayOrderUseCase.class,
                argument -> argument instanceof PayOrderCommand command && command.userId().value().equals(userId),
                2);

        var orderId = placed(userId, "4.00");

        awaitPaid(orderId);
        assertThat(faults.terminations() - terminationsBefore).isEqualTo(2);
        assertMoneyAddsUp(userId, "6.00", orderId);
        assertNothingParked();
    }

    @Test
    void paymentResultThatMeetsARestartSettlesTheOrderAndIsNotParked() {
        var container = container(PaymentResultsTopology.QUEUE);
        container.stop();
        String orderId;
        UUID userId;
        try {
            userId = api.openAccount();
            api.topUp(userId, "10.00");
            orderId = placed(userId, "3.00");
            await().atMost(Duration.ofSeconds(30)).until(() -> ready(PaymentResultsTopology.QUEUE) >= 1);
            faults.terminateBackendsBefore(SettleOrderUseCase.class, argument -> argument
                    instanceof SettleOrderCommand command && command.orderId().value().toString().equals(orderId), 2);
        } finally {
            container.start();
        }

        awaitPaid(orderId);
        assertThat(faults.terminations() - terminationsBefore).isEqualTo(2);
        assertMoneyAddsUp(userId, "7.00", orderId);
        assertNothingParked();
    }

    @Test
    void restartInTheMiddleOfABatchOfRequestsParksNoneOfThemAndPaysEachOnce() {
        var container = container(PaymentRequestsTopology.QUEUE);
        container.stop();
        UUID first;
        UUID second;
        List<String> firstOrders;
        List<String> secondOrders;
        try {
            first = api.openAccount();
            api.topUp(first, "10.00");
            var other = new HttpApi(port);
            second = other.openAccount();
            other.topUp(second, "10.00");
            firstOrders = List.of(placed(first, "1.00"), placed(first, "2.00"));
            secondOrders = List.of(placed(other, second, "3.00"), placed(other, second, "4.00"));
            await().atMost(Duration.ofSeconds(30)).until(() -> ready(PaymentRequestsTopology.QUEUE) >= 4);
            faults.terminateBackendsBefore(PayOrderUseCase.class, argument -> argument
                    instanceof PayOrderCommand command && command.userId().value().equals(second), 2);
            // one consumer that waits for the next message a while, so that the four requests waiting arrive as one
            // batch (a quorum queue delivers them in more than one go)
            container.setConcurrentConsumers(1);
            container.setReceiveTimeout(Duration.ofSeconds(2).toMillis());
        } finally {
            container.start();
        }
        try {
            firstOrders.forEach(this::awaitPaid);
            secondOrders.forEach(orderId -> await().atMost(Duration.ofSeconds(30))
                    .until(() -> "PAID".equals(new HttpApi(port).as(second).order(orderId).get("status").asString())));
        } finally {
            // restarted, so that the consumer that waited 2 s for the next message goes too
            container.stop();
            container.setConcurrentConsumers(concurrency);
            container.setReceiveTimeout(batchWait.toMillis());
            container.start();
        }

        assertThat(faults.terminations() - terminationsBefore).isEqualTo(2);
        assertThat(api.balance(first)).isEqualByComparingTo("7.00");
        assertThat(new HttpApi(port).as(second).balance(second)).isEqualByComparingTo("3.00");
        firstOrders.forEach(orderId -> assertThat(debits(orderId)).isOne());
        secondOrders.forEach(orderId -> assertThat(debits(orderId)).isOne());
        assertNothingParked();
    }

    private void awaitPaid(String orderId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> "PAID".equals(api.order(orderId).get("status").asString()));
    }

    private void assertMoneyAddsUp(UUID userId, String balance, String orderId) {
        assertThat(api.balance(userId)).isEqualByComparingTo(new BigDecimal(balance));
        assertThat(debits(orderId)).isOne();
    }

    private void assertNothingParked() {
        assertThat(parkedNow()).isEqualTo(parkedBefore);
        assertThat(parkings()).isEqualTo(parkingsBefore);
    }

    private long debits(String orderId) {
        return jdbc.sql("select count(*) from payments.ledger_entry where kind = 'DEBIT' and order_id = ?::uuid")
                .param(orderId).query(Long.class).single();
    }

    private String placed(UUID userId, String amount) {
        return placed(api, userId, amount);
    }

    private static String placed(HttpApi client, UUID userId, String amount) {
        return client.placeOrder(userId, amount).json().get("orderId").asString();
    }

    private SimpleMessageListenerContainer container(String queue) {
        return (SimpleMessageListenerContainer) listeners.getListenerContainer(queue);
    }

    private long ready(String queue) {
        return rabbit.execute(channel -> (long) channel.queueDeclarePassive(queue).getMessageCount());
    }

    private Map<String, Long> parkedNow() {
        return PARKING_QUEUES.stream().collect(java.util.stream.Collectors.toMap(queue -> queue, this::ready));
    }

    private double parkings() {
        return meters.find("gozon.messages.parked").counters().stream().mapToDouble(counter -> counter.count()).sum();
    }
}
