package com.gozon.journey;

import com.gozon.orders.domain.FailureReason;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A user's journey over HTTP: account, top-up, order, and the order's asynchronous outcome. */
@GozonIntegrationTest
class PaymentJourneyTest {

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port).documented();
    }

    @Test
    void accountIsCreatedOncePerUserWithZeroBalance() {
        var userId = api.userId();

        var created = api.post("/api/payments/accounts", "{\"userId\":\"" + userId + "\"}");
        var again = api.post("/api/payments/accounts", "{\"userId\":\"" + userId + "\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/payments/accounts/" + userId);
        assertThat(created.json().get("userId").asString()).isEqualTo(userId.toString());
        assertThat(created.json().get("balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void topUpAddsToTheBalance() {
        var userId = api.openAccount();

        var first = api.topUp(userId, "100.50");
        var second = api.topUp(userId, "0.25");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.json().get("balance").decimalValue()).isEqualByComparingTo("100.75");
        assertThat(api.balance(userId)).isEqualByComparingTo("100.75");
    }

    @Test
    void affordableOrderIsPaidAndDebited() {
        var userId = api.openAccount();
        api.topUp(userId, "100.50");

        var placed = api.post("/api/orders",
                "{\"userId\":\"" + userId + "\",\"amount\":50.00,\"description\":\"Two books\"}");

        assertThat(placed.status()).isEqualTo(201);
        var orderId = placed.json().get("orderId").asString();
        assertThat(placed.location()).isEqualTo("/api/orders/" + orderId);
        assertThat(placed.json().get("status").asString()).isEqualTo("NEW");
        assertThat(placed.json().get("description").asString()).isEqualTo("Two books");
        awaitStatus(orderId, "PAID");
        assertThat(api.order(orderId).get("failureReason").isNull()).isTrue();
        assertThat(api.balance(userId)).isEqualByComparingTo("50.50");
    }

    @Test
    void orderAboveTheBalanceFailsAndLeavesTheBalanceAlone() {
        var userId = api.openAccount();
        api.topUp(userId, "10.00");

        var orderId = api.placeOrder(userId, "10.01").json().get("orderId").asString();

        awaitStatus(orderId, "FAILED");
        assertThat(api.order(orderId).get("failureReason").asString()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS.name());
        assertThat(api.balance(userId)).isEqualByComparingTo("10.00");
    }

    @Test
    void orderOfUserWithoutAccountFails() {
        var orderId = api.placeOrder(api.userId(), "1.00").json().get("orderId").asString();

        awaitStatus(orderId, "FAILED");
        assertThat(api.order(orderId).get("failureReason").asString()).isEqualTo(FailureReason.ACCOUNT_NOT_FOUND.name());
    }

    @Test
    void ordersAreListedNewestFirstWithPaging() {
        var userId = api.openAccount();
        var first = api.placeOrder(userId, "1.00").json().get("orderId").asString();
        var second = api.placeOrder(userId, "2.00").json().get("orderId").asString();
        var third = api.placeOrder(userId, "3.00").json().get("orderId").asString();

        var page = api.get("/api/orders?userId=" + userId + "&size=2").json();
        var next = api.get("/api/orders?userId=" + userId + "&size=2&page=1").json();

        assertThat(page.get("items").valueStream().map(order -> order.get("orderId").asString()))
                .containsExactly(third, second);
        assertThat(next.get("items").valueStream().map(order -> order.get("orderId").asString()))
                .containsExactly(first);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    }

    @Test
    void pageSizeIsCappedAtOneHundred() {
        var page = api.get("/api/orders?size=1000").json();

        assertThat(page.get("size").asInt()).isEqualTo(100);
        assertThat(page.get("items").isEmpty()).isTrue();
    }

    private void awaitStatus(String orderId, String status) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.order(orderId).get("status").asString()).isEqualTo(status));
    }

}
