package com.gozon.inbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.gozon.inbox.MessageLogContext;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every line logged while a message is handled names the message and its order (in structured logs, as fields). */
@GozonIntegrationTest
class MessageLogContextTest {

    private static final List<String> LISTENERS = List.of(
            "com.gozon.payments.adapter.in.messaging.PaymentRequestListener",
            "com.gozon.orders.adapter.in.messaging.PaymentResultListener");

    @LocalServerPort
    int port;

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        LISTENERS.forEach(name -> {
            var logger = (Logger) LoggerFactory.getLogger(name);
            logger.setLevel(Level.DEBUG);
            logger.addAppender(logged);
        });
    }

    @AfterEach
    void stopListening() {
        LISTENERS.forEach(name -> {
            var logger = (Logger) LoggerFactory.getLogger(name);
            logger.detachAppender(logged);
            logger.setLevel(null);
        });
    }

    @Test
    void linesLoggedWhileHandlingAMessageCarryItsIdAndTheOrderId() {
        var api = new HttpApi(port);
        var userId = api.openAccount();
        api.topUp(userId, "5.00");
        var orderId = api.placeOrder(userId, "1.00").json().get("orderId").asString();

        // what is checked is the log context, not how fast the order is paid: after the outbox tests, which stop the
        // broker and cut the database, an order's publication may wait for the staleness monitor (a minute)
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(ofOrder(orderId))
                .extracting(ILoggingEvent::getLoggerName).containsAll(LISTENERS));
        assertThat(ofOrder(orderId)).allSatisfy(line -> assertThat(line.getMDCPropertyMap().get(
                MessageLogContext.MESSAGE_ID)).matches("[0-9a-f-]{36}"));
        assertThat(ofOrder(orderId).stream().map(line -> line.getMDCPropertyMap().get(MessageLogContext.MESSAGE_ID))
                .distinct()).as("a request and its result are two messages").hasSize(2);
    }

    private List<ILoggingEvent> ofOrder(String orderId) {
        return List.copyOf(logged.list).stream()
                .filter(line -> orderId.equals(line.getMDCPropertyMap().get(MessageLogContext.ORDER_ID)))
                .toList();
    }
}
