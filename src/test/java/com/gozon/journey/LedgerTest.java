package com.gozon.journey;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every change of a balance is an entry of the account's ledger, and the database refuses any commit after which a
 * balance is not the balance after its latest entry, or an entry does not continue the one before it.
 */
@GozonIntegrationTest
class LedgerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port).documented();
    }

    @Test
    void ledgerShowsOpeningTopUpAndDebitNewestFirst() {
        var userId = api.openAccount();
        api.topUp(userId, "100.50");
        var orderId = api.placeOrder(userId, "50.00").json().get("orderId").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.order(orderId).get("status").asString(), "PAID"::equals);

        var ledger = api.get("/api/payments/accounts/" + userId + "/entries").json();

        assertThat(ledger.get("items").valueStream().map(entry -> entry.get("kind").asString()))
                .containsExactly("DEBIT", "TOP_UP", "OPENED");
        var debit = ledger.get("items").get(0);
        assertThat(debit.get("amount").decimalValue()).isEqualByComparingTo("-50.00");
        assertThat(debit.get("balanceAfter").decimalValue()).isEqualByComparingTo(api.balance(userId));
        assertThat(debit.get("orderId").asString()).isEqualTo(orderId);
        assertThat(debit.get("sequence").asLong()).isEqualTo(3);
        assertThat(ledger.get("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void topUpEntryKeepsItsRequestsIdempotencyKeyOnceWhateverTheRepeats() {
        var userId = api.openAccount();
        var key = "top-up-" + UUID.randomUUID();
        for (var attempt = 0; attempt < 2; attempt++) {
            var response = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/payments/accounts/" + userId + "/top-up"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":7.00}")));
            assertThat(response.status()).isEqualTo(200);
        }
        api.topUp(userId, "1.00");

        var entries = api.get("/api/payments/accounts/" + userId + "/entries").json().get("items");

        assertThat(entries.valueStream().map(entry -> entry.get("kind").asString()))
                .containsExactly("TOP_UP", "TOP_UP", "OPENED");
        assertThat(entries.get(1).get("topUpKey").asString()).isEqualTo(key);
        assertThat(entries.get(0).get("topUpKey").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from payments.ledger_entry where top_up_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ledgerPagesNewestFirst() {
        var userId = api.openAccount();
        api.topUp(userId, "1.00");
        api.topUp(userId, "2.00");

        var page = api.get("/api/payments/accounts/" + userId + "/entries?size=2").json();
        var next = api.get("/api/payments/accounts/" + userId + "/entries?size=2&page=1").json();

        assertThat(page.get("items").valueStream().map(entry -> entry.get("amount").decimalValue().toPlainString()))
                .containsExactly("2.00", "1.00");
        assertThat(next.get("items").valueStream().map(entry -> entry.get("kind").asString()))
                .containsExactly("OPENED");
        assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    }

    @Test
    void ledgerOfAnUnknownAccountIsNotFound() {
        var response = api.get("/api/payments/accounts/" + UUID.randomUUID() + "/entries");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void balanceChangedWithoutAnEntryIsRefusedAtCommit() {
        var userId = api.openAccount();
        api.topUp(userId, "10.00");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc
                .sql("update payments.account set balance = balance + 1 where user_id = ?").param(userId).update()))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("not the balance after its latest ledger entry");
        assertThat(api.balance(userId)).isEqualByComparingTo("10.00");
    }

    @Test
    void entryThatDoesNotContinueTheLedgerIsRefused() {
        var userId = api.openAccount();

        assertThatThrownBy(() -> jdbc.sql("insert into payments.ledger_entry (user_id, sequence, kind, amount,"
                        + " balance_after, created_at) values (?, 2, 'TOP_UP', 5.00, 6.00, now())").param(userId).update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("does not continue the ledger");
    }

    @Test
    void entriesAreNeverChanged() {
        var userId = api.openAccount();

        assertThatThrownBy(() -> jdbc.sql("update payments.ledger_entry set amount = 100 where user_id = ?")
                .param(userId).update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("never changed or deleted");
    }
}
