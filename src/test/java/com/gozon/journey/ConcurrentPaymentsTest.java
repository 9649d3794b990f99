package com.gozon.journey;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Orders and top-ups of one user racing each other: no lost update, never below zero. */
@GozonIntegrationTest
class ConcurrentPaymentsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentOrdersAboveTheBalancePayExactlyTheAffordableOnes() throws Exception {
        var api = new HttpApi(port).documented();
        var userId = api.openAccount();
        api.topUp(userId, "100.00");

        var orderIds = runConcurrently(10, () -> api.placeOrder(userId, "30.00").json().get("orderId").asString());

        var statuses = awaitSettled(api, orderIds);
        assertThat(statuses).filteredOn("PAID"::equals).hasSize(3);
        assertThat(statuses).filteredOn("FAILED"::equals).hasSize(7);
        assertThat(api.balance(userId)).isEqualByComparingTo("10.00");
    }

    @Test
    void concurrentTopUpsAndOrdersLoseNothing() throws Exception {
        var api = new HttpApi(port).documented();
        var userId = api.openAccount();
        api.topUp(userId, "50.00");
        List<Callable<String>> work = new ArrayList<>();
        for (var i = 0; i < 10; i++) {
            work.add(() -> api.placeOrder(userId, "20.00").json().get("orderId").asString());
            work.add(() -> {
                assertThat(api.topUp(userId, "10.00").status()).isEqualTo(200);
                return null;
            });
        }

        var orderIds = runConcurrently(work).stream().filter(id -> id != null).toList();

        var statuses = awaitSettled(api, orderIds);
        var paid = statuses.stream().filter("PAID"::equals).count();
        var expected = new BigDecimal("150.00").subtract(new BigDecimal("20.00").multiply(BigDecimal.valueOf(paid)));
        assertThat(api.balance(userId)).isEqualByComparingTo(expected);
        assertThat(expected.signum()).isNotNegative();
        assertThat(paid).isBetween(1L, 7L);
        assertThat(debitedInPayments(userId)).isEqualByComparingTo(new BigDecimal("20.00").multiply(BigDecimal.valueOf(paid)));
        assertThat(ledgerSum(userId)).isEqualByComparingTo(api.balance(userId));
    }

    private BigDecimal ledgerSum(UUID userId) {
        return jdbc.sql("select sum(amount) from payments.ledger_entry where user_id = ?")
                .param(userId).query(BigDecimal.class).single();
    }

    private BigDecimal debitedInPayments(UUID userId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from payments.payment where user_id = ? and outcome = 'SUCCEEDED'")
                .param(userId).query(BigDecimal.class).single();
    }

    private static List<String> awaitSettled(HttpApi api, List<String> orderIds) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> orderIds.stream().map(id -> api.order(id).get("status").asString()).toList(),
                statuses -> statuses.stream().noneMatch("NEW"::equals));
    }

    private static List<String> runConcurrently(int times, Callable<String> task) throws Exception {
        List<Callable<String>> tasks = new ArrayList<>();
        for (var i = 0; i < times; i++) {
            tasks.add(task);
        }
        return runConcurrently(tasks);
    }

    private static List<String> runConcurrently(List<Callable<String>> tasks) throws Exception {
        var executor = Executors.newFixedThreadPool(tasks.size());
        try {
            var results = new ArrayList<String>();
            for (Future<String> future : executor.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
