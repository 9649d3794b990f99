package com.gozon.inbox;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.gozon.inbox.MessageBatches;
import com.gozon.inbox.ParkingLot;
import com.gozon.orders.adapter.in.messaging.PaymentResultsTopology;
import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A message that keeps failing is parked with its reason, and the consumer goes on with the next ones. */
@GozonIntegrationTest
class PoisonMessageTest {

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitListenerEndpointRegistry listeners;

    @Autowired
    AmqpAdmin admin;

    @Value("${spring.rabbitmq.listener.simple.concurrency}")
    int concurrency;

    @Value("${gozon.messaging.batch-wait:5ms}")
    Duration batchWait;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void malformedPaymentRequestIsParkedAndTheNextOneIsPaid() {
        var poisonId = UUID.randomUUID().toString();
        rabbit.send(PaymentRequestsTopology.ORDERS_EXCHANGE, PaymentRequestsTopology.PAYMENT_REQUESTED,
                Messages.json(poisonId, "{ this is not json"));
        var userId = api.openAccount();
        api.topUp(userId, "10.00");

        var orderId = api.placeOrder(userId, "4.00").json().get("orderId").asString();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "PAID".equals(api.order(orderId).get("status").asString()));
        var parked = awaitParked(PaymentRequestsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX, poisonId);
        assertThat(new String(parked.getBody(), StandardCharsets.UTF_8)).isEqualTo("{ this is not json");
        assertThat((String) parked.getMessageProperties().getHeader("x-exception-message")).contains("not valid JSON");
        assertThat((String) parked.getMessageProperties().getHeader("x-original-routingKey"))
                .isEqualTo(PaymentRequestsTopology.PAYMENT_REQUESTED);
    }

    @Test
    void paymentResultForAnUnknownOrderIsParkedWithItsReason() {
        var eventId = UUID.randomUUID();
        var orderId = UUID.randomUUID();

        rabbit.send(PaymentResultsTopology.PAYMENTS_EXCHANGE, PaymentResultsTopology.PAYMENT_SUCCEEDED,
                Messages.json(eventId.toString(), """
                        {"eventId":"%s","paymentId":"%s","orderId":"%s","userId":"%s","amount":1.00,
                         "processedAt":"2026-01-01T00:00:00Z"}"""
                        .formatted(eventId, UUID.randomUUID(), orderId, UUID.randomUUID())));

        var parked = awaitParked(PaymentResultsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX, eventId.toString());
        assertThat((String) parked.getMessageProperties().getHeader("x-exception-message"))
                .contains("No order " + orderId);
    }

    /**
     * Issue 18: a result routed into the results queue through the parking exchange (bound there by someone who may
     * bind it) is no answer of Payments: it is parked, and the unpaid order stays NEW.
     */
    @Test
    void forgedResultThroughTheParkingExchangeIsParkedAndPaysNothing() {
        // Payments answers nothing meanwhile, so that the order stays NEW, unpaid, as in the attack
        var requests = (SimpleMessageListenerContainer) listeners.getListenerContainer(PaymentRequestsTopology.QUEUE);
        requests.stop();
        var forgedId = UUID.randomUUID();
        var detour = new Binding(PaymentResultsTopology.QUEUE, Binding.DestinationType.QUEUE, ParkingLot.EXCHANGE,
                PaymentResultsTopology.PAYMENT_SUCCEEDED, null);
        try {
            var userId = api.openAccount();
            var orderId = api.placeOrder(userId, "999.99").json().get("orderId").asString();
            admin.declareBinding(detour);

            rabbit.send(ParkingLot.EXCHANGE, PaymentResultsTopology.PAYMENT_SUCCEEDED, Messages.json(forgedId.toString(), """
                    {"eventId":"%s","paymentId":"%s","orderId":"%s","userId":"%s","amount":999.99,
                     "processedAt":"2026-01-01T00:00:00Z"}""".formatted(forgedId, UUID.randomUUID(), orderId, userId)));

            var parked = awaitParked(PaymentResultsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX, forgedId.toString());
            assertThat((String) parked.getMessageProperties().getHeader("x-exception-message"))
                    .contains(ParkingLot.EXCHANGE);
            assertThat(api.order(orderId).get("status").asString()).isEqualTo("NEW");
        } finally {
            admin.removeBinding(detour);
            requests.start();
        }
    }

    @Test
    void amountWithAHugeExponentIsParkedAtOnceWithAShortReasonAndTheNextOrderIsPaid() {
        var poisonId = UUID.randomUUID().toString();
        var poison = """
                {"orderId":"%s","userId":"%s","amount": -1E-50000000}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID());
        var sent = System.nanoTime();
        rabbit.send(PaymentRequestsTopology.ORDERS_EXCHANGE, PaymentRequestsTopology.PAYMENT_REQUESTED,
                Messages.json(poisonId, poison));

        var parked = awaitParked(PaymentRequestsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX, poisonId);

        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(5));
        var reason = (String) parked.getMessageProperties().getHeader("x-exception-message");
        assertThat(reason).contains("amount").hasSizeLessThanOrEqualTo(200);
        assertThat(String.valueOf(parked.getMessageProperties().<Object>getHeader("x-exception-stacktrace")))
                .hasSizeLessThan(20_000);
        var userId = api.openAccount();
        api.topUp(userId, "10.00");
        var orderId = api.placeOrder(userId, "4.00").json().get("orderId").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "PAID".equals(api.order(orderId).get("status").asString()));
    }

    @Test
    void badResultInABatchIsParkedAloneAndTheRestOfTheBatchIsSettled() {
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        var batchLog = (Logger) LoggerFactory.getLogger(MessageBatches.class);
        batchLog.addAppender(logged);
        var container = (SimpleMessageListenerContainer) listeners.getListenerContainer(PaymentResultsTopology.QUEUE);
        container.stop();
        try {
            var userId = api.openAccount();
            api.topUp(userId, "10.00");
            var orderIds = List.of(placed(userId, "1.00"), placed(userId, "2.00"), placed(userId, "3.00"));
            await().atMost(Duration.ofSeconds(30)).until(() -> ready(PaymentResultsTopology.QUEUE) >= 3);
            var poisonId = UUID.randomUUID();
            rabbit.send(PaymentResultsTopology.PAYMENTS_EXCHANGE, PaymentResultsTopology.PAYMENT_SUCCEEDED,
                    Messages.json(poisonId.toString(), """
                            {"eventId":"%s","paymentId":"%s","orderId":"%s","userId":"%s","amount":1.00,
                             "processedAt":"2026-01-01T00:00:00Z"}"""
                            .formatted(poisonId, UUID.randomUUID(), UUID.randomUUID(), userId)));
            await().atMost(Duration.ofSeconds(10)).until(() -> ready(PaymentResultsTopology.QUEUE) >= 4);

            // one consumer that waits for the next message a while, so that the four messages waiting arrive as one
            // batch (a quorum queue delivers them in more than one go)
            container.setConcurrentConsumers(1);
            container.setReceiveTimeout(Duration.ofSeconds(2).toMillis());
            container.start();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(orderIds)
                    .allSatisfy(orderId -> assertThat(api.order(orderId).get("status").asString()).isEqualTo("PAID")));
            awaitParked(PaymentResultsTopology.QUEUE + ParkingLot.QUEUE_SUFFIX, poisonId.toString());
            // the four at least (a result of an earlier test's order may join them: the consumer waits 2 s), the
            // poison among them
            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).matches("A batch of ([4-9]|\\d{2,}) messages from "
                            + PaymentResultsTopology.QUEUE + " failed \\(No order [0-9a-f-]{36} is known\\).*"));
        } finally {
            batchLog.detachAppender(logged);
            // restarted, so that the consumer that waited 2 s for the next message goes too
            container.stop();
            container.setConcurrentConsumers(concurrency);
            container.setReceiveTimeout(batchWait.toMillis());
            container.start();
            container.start();
        }
    }

    private String placed(UUID userId, String amount) {
        return api.placeOrder(userId, amount).json().get("orderId").asString();
    }

    private long ready(String queue) {
        return rabbit.execute(channel -> (long) channel.queueDeclarePassive(queue).getMessageCount());
    }

    private Message awaitParked(String queue, String messageId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var message = rabbit.receive(queue, 500);
            while (message != null && !messageId.equals(message.getMessageProperties().getMessageId())) {
                message = rabbit.receive(queue, 500);
            }
            return message;
        }, message -> message != null);
    }
}
