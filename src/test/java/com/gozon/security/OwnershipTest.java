package com.gozon.security;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two users, each with a token of their own: each sees and changes only their own account and orders. Another user's
 * account or order answers 404, exactly as one that does not exist; a request that names another user as its own is
 * a 403.
 */
@GozonIntegrationTest
class OwnershipTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpApi alice;
    HttpApi bob;

    @BeforeEach
    void twoUsersWithAccounts() {
        alice = new HttpApi(port);
        bob = new HttpApi(port);
        alice.openAccount();
        bob.openAccount();
        alice.topUp(alice.userId(), "100.00");
        bob.topUp(bob.userId(), "5.00");
    }

    @Test
    void eachUserSeesOnlyTheirOwnBalance() {
        assertThat(alice.balance(alice.userId())).isEqualByComparingTo("100.00");
        assertThat(bob.balance(bob.userId())).isEqualByComparingTo("5.00");

        assertNotFound(bob.get("/api/payments/accounts/" + alice.userId()));
        assertNotFound(alice.get("/api/payments/accounts/" + bob.userId()));
    }

    @Test
    void anotherUsersAccountLooksExactlyLikeNone() {
        var others = bob.get("/api/payments/accounts/" + alice.userId());
        var nobodys = bob.get("/api/payments/accounts/" + UUID.randomUUID());

        assertNotFound(others);
        assertNotFound(nobodys);
        assertThat(others.json().get("title")).isEqualTo(nobodys.json().get("title"));
        assertThat(others.json().propertyNames()).containsExactlyInAnyOrderElementsOf(nobodys.json().propertyNames());
    }

    @Test
    void nobodyTopsUpAnotherUsersAccount() {
        assertNotFound(bob.topUp(alice.userId(), "1.00"));

        assertThat(alice.balance(alice.userId())).isEqualByComparingTo("100.00");
        assertThat(bob.balance(bob.userId())).isEqualByComparingTo("5.00");
    }

    @Test
    void eachUserSeesOnlyTheirOwnOrders() {
        var alicesOrder = alice.placeOrder(alice.userId(), "30.00").json().get("orderId").asString();
        var bobsOrder = bob.placeOrder(bob.userId(), "1.00").json().get("orderId").asString();

        assertThat(alice.order(alicesOrder).get("userId").asString()).isEqualTo(alice.userId().toString());
        assertNotFound(bob.get("/api/orders/" + alicesOrder));
        assertNotFound(alice.get("/api/orders/" + bobsOrder));
        assertThat(orderIds(alice.get("/api/orders"))).containsExactly(alicesOrder);
        assertThat(orderIds(bob.get("/api/orders"))).containsExactly(bobsOrder);
        assertThat(orderIds(alice.get("/api/orders?userId=" + alice.userId()))).containsExactly(alicesOrder);
    }

    @Test
    void anOrderDebitsOnlyItsOwnUsersAccount() {
        var bobsOrder = bob.placeOrder(bob.userId(), "50.00").json().get("orderId").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> bob.order(bobsOrder).get("status").asString(),
                "FAILED"::equals);
        assertThat(bob.order(bobsOrder).get("failureReason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(alice.balance(alice.userId())).isEqualByComparingTo("100.00");
        assertThat(bob.balance(bob.userId())).isEqualByComparingTo("5.00");
    }

    @Test
    void orderNamingAnotherUserIsForbiddenAndNotStored() {
        var response = bob.placeOrder(alice.userId(), "50.00");

        assertProblem(response, 403);
        assertThat(jdbc.sql("select count(*) from orders.orders where user_id in (?, ?)")
                .params(alice.userId(), bob.userId()).query(Long.class).single()).isZero();
        assertThat(alice.balance(alice.userId())).isEqualByComparingTo("100.00");
    }

    @Test
    void listingAnotherUsersOrdersIsForbidden() {
        alice.placeOrder(alice.userId(), "1.00");

        assertProblem(bob.get("/api/orders?userId=" + alice.userId()), 403);
    }

    @Test
    void openingAnAccountForAnotherUserIsForbidden() {
        var carol = new HttpApi(port);

        assertProblem(bob.post("/api/payments/accounts", "{\"userId\":\"" + carol.userId() + "\"}"), 403);
        assertNotFound(carol.get("/api/payments/accounts/" + carol.userId()));
    }

    @Test
    void accountMayStillNameItsOwnUser() {
        var carol = new HttpApi(port);

        var created = carol.post("/api/payments/accounts", "{\"userId\":\"" + carol.userId() + "\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/payments/accounts/" + carol.userId());
    }

    private static List<String> orderIds(HttpApi.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().map(order -> order.get("orderId").asString()).toList();
    }

    private static void assertNotFound(HttpApi.Response response) {
        assertProblem(response, 404);
    }

    private static void assertProblem(HttpApi.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }
}
