package com.gozon.outbox;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator scrapes: {@code /actuator/prometheus} (and {@code metrics}, {@code modulith}) with a token of scope
 * gozon.operations only, showing each module's outbox backlog, the parking queues, the handled messages and how long
 * orders take to settle.
 */
@GozonIntegrationTest
class OperationsMetricsTest {

    @LocalServerPort
    int port;

    HttpApi customer;
    HttpApi operator;

    @BeforeEach
    void setUp() {
        customer = new HttpApi(port);
        operator = customer.withToken(TestTokens.sign(TestTokens.claimsFor(UUID.randomUUID())
                .claim("scope", "gozon.operations").build()));
    }

    @Test
    void metricsNeedTheOperationsScope() {
        for (var endpoint : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/modulith"}) {
            assertThat(customer.anonymous().get(endpoint).status()).as(endpoint).isEqualTo(401);
            assertThat(customer.get(endpoint).status()).as(endpoint).isEqualTo(403);
            assertThat(operator.get(endpoint).status()).as(endpoint).isEqualTo(200);
        }
    }

    @Test
    void prometheusShowsTheOutboxParkingAndSettlementOfAnOrder() {
        var userId = customer.openAccount();
        customer.topUp(userId, "20.00");
        var orderId = customer.placeOrder(userId, "12.34").json().get("orderId").asString();
        await().until(() -> customer.order(orderId).get("status").asString().equals("PAID"));

        await().untilAsserted(() -> {
            var scrape = operator.get("/actuator/prometheus");
            assertThat(scrape.contentType()).startsWith("text/plain");
            assertThat(scrape.body())
                    .containsPattern("gozon_orders_settlement_seconds_bucket\\{.*status=\"PAID\".*le=\"\\+Inf\"} [1-9]")
                    .containsPattern("gozon_outbox_incomplete\\{.*module=\"orders\".*} [0-9.]+")
                    .containsPattern("gozon_outbox_failed\\{.*module=\"payments\".*} [0-9.]+")
                    .containsPattern("gozon_outbox_oldest_incomplete_age_seconds\\{.*module=\"orders\".*} [0-9.]+")
                    .containsPattern("gozon_parking_messages\\{.*queue=\"orders.payment-results.parked\".*} [0-9.]+")
                    .containsPattern("gozon_parking_messages\\{.*queue=\"payments.payment-requests.parked\".*} [0-9.]+")
                    .containsPattern("gozon_messages_handled_total\\{.*queue=\"orders.payment-results\".*result=\"Applied\".*} [1-9]")
                    .contains("http_server_requests_seconds", "hikaricp_connections", "jvm_memory_used_bytes",
                            // the listener containers' observation (adr/0019), which replaces their plain timer
                            "spring_rabbit_listener_seconds");
        });
    }
}
