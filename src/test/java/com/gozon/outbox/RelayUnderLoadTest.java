package com.gozon.outbox;

import com.gozon.dev.EmbeddedBroker;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A few thousand orders through the real broker with publisher confirms, the broker connections cut in the middle:
 * every order ends PAID or FAILED, each has exactly one payment, and every balance is its top-up less what was paid.
 */
@GozonIntegrationTest
@DirtiesContext
class RelayUnderLoadTest {

    static final TcpProxy BROKER = new TcpProxy(() -> EmbeddedBroker.portOr(5672)).start();
    static final int USERS = 20;
    static final int ORDERS = 3_000;
    static final BigDecimal TOP_UP = new BigDecimal("100.00");

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.port", BROKER::port);
        registry.add("spring.rabbitmq.listener.simple.recovery-interval", () -> "500ms");
    }

    @AfterAll
    static void closeProxy() {
        BROKER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyOrderIsSettledOnceAndTheBalancesAddUpAfterTheBrokerConnectionsWereCut() throws Exception {
        var users = IntStream.range(0, USERS).mapToObj(i -> new HttpApi(port)).toList();
        for (var user : users) {
            user.openAccount();
            user.topUp(user.userId(), TOP_UP.toPlainString());
        }

        var orderIds = new ArrayList<UUID>();
        orderIds.addAll(placeOrders(users, 0, ORDERS / 2));
        BROKER.cut();
        orderIds.addAll(placeOrders(users, ORDERS / 2, ORDERS * 3 / 4));
        BROKER.start();
        orderIds.addAll(placeOrders(users, ORDERS * 3 / 4, ORDERS));

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                jdbc.sql("select count(*) from orders.orders where id = any(?) and status = 'NEW'")
                        .param(orderIds.toArray(UUID[]::new)).query(Long.class).single() == 0);

        var payments = jdbc.sql("select count(*) from payments.payment where order_id = any(?)")
                .param(orderIds.toArray(UUID[]::new)).query(Long.class).single();
        var ordersWithOnePayment = jdbc.sql("select count(*) from (select order_id from payments.payment"
                        + " where order_id = any(?) group by order_id having count(*) = 1) once")
                .param(orderIds.toArray(UUID[]::new)).query(Long.class).single();
        assertThat(payments).isEqualTo(ORDERS);
        assertThat(ordersWithOnePayment).isEqualTo(ORDERS);
        for (var user : users) {
            var paid = jdbc.sql("select coalesce(sum(amount), 0) from orders.orders where user_id = ? and status = 'PAID'")
                    .param(user.userId()).query(BigDecimal.class).single();
            var debited = jdbc.sql("select coalesce(sum(amount), 0) from payments.payment"
                            + " where user_id = ? and outcome = 'SUCCEEDED'")
                    .param(user.userId()).query(BigDecimal.class).single();
            assertThat(debited).isEqualByComparingTo(paid);
            assertThat(user.balance(user.userId())).isEqualByComparingTo(TOP_UP.subtract(paid));
        }
        var failed = jdbc.sql("select count(*) from orders.orders where id = any(?) and status = 'FAILED'")
                .param(orderIds.toArray(UUID[]::new)).query(Long.class).single();
        assertThat(failed).as("some orders exceed their user's balance and fail").isPositive();
    }

    /** Orders number from to until, 8 at a time, round the users; amounts 0.50 to 1.50, so that balances run out. */
    private static List<UUID> placeOrders(List<HttpApi> users, int from, int until) throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var placed = IntStream.range(from, until).mapToObj(i -> pool.submit(() -> {
                var user = users.get(i % users.size());
                var amount = new BigDecimal(50 + i % 101).movePointLeft(2);
                var response = user.placeOrder(user.userId(), amount.toPlainString());
                assertThat(response.status()).isEqualTo(201);
                return UUID.fromString(response.json().get("orderId").asString());
            })).toList();
            var ids = new ArrayList<UUID>();
            for (var order : placed) {
                ids.add(order.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }
}
