package com.gozon.http.idempotency;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A POST repeated with the same Idempotency-Key acts once and answers the same; the key with another body is a 422;
 * and when the commit fails, the answer says that the outcome is unknown, and a retry with the key runs it anew.
 */
@GozonIntegrationTest
class IdempotencyKeyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    HttpApi api;
    UUID userId;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        userId = api.openAccount();
    }

    @Test
    void repeatedOrderIsPlacedOnceAndAnsweredTheSame() {
        var key = UUID.randomUUID().toString();
        var body = "{\"userId\":\"" + userId + "\",\"amount\":5.00}";

        var first = post("/api/orders", key, body);
        var repeat = post("/api/orders", key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.location()).isEqualTo(first.location());
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(ordersOf(userId)).isEqualTo(1);
    }

    @Test
    void repeatedTopUpIsAppliedOnce() {
        var key = UUID.randomUUID().toString();
        var path = "/api/payments/accounts/" + userId + "/top-up";

        post(path, key, "{\"amount\":10.00}");
        var repeat = post(path, key, "{\"amount\":10.00}");

        assertThat(repeat.status()).isEqualTo(200);
        assertThat(api.balance(userId)).isEqualByComparingTo("10.00");
    }

    @Test
    void repeatedAccountOpeningAnswers201AgainInsteadOf409() {
        api = new HttpApi(port);
        var key = UUID.randomUUID().toString();
        var body = "{}";

        var first = post("/api/payments/accounts", key, body);
        var repeat = post("/api/payments/accounts", key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        var key = UUID.randomUUID().toString();
        post("/api/orders", key, "{\"userId\":\"" + userId + "\",\"amount\":5.00}");

        var other = post("/api/orders", key, "{\"userId\":\"" + userId + "\",\"amount\":6.00}");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(ordersOf(userId)).isEqualTo(1);
    }

    @Test
    void repeatWhileTheFirstStillRunsIsAConflict() {
        var key = UUID.randomUUID().toString();
        var body = "{\"amount\":5.00}";

        // the lock a first request with this key holds until its transaction ends
        var whileRunning = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                    .param("user:" + api.userId() + "\n" + key).query().listOfRows();
            return post("/api/orders", key, body);
        });

        assertThat(whileRunning.status()).isEqualTo(409);
        assertThat(whileRunning.header("Retry-After")).isEqualTo("1");
        assertThat(post("/api/orders", key, body).status()).isEqualTo(201);
    }

    @Test
    void keyThatIsTooLongIsABadRequest() {
        var response = post("/api/orders", "k".repeat(256), "{\"userId\":\"" + userId + "\",\"amount\":5.00}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(ordersOf(userId)).isZero();
    }

    @Test
    void failedCommitIsReportedAsUnknownAndARetryWithTheKeyRunsTheRequest() {
        // the database refuses this order at commit time, after the request has done all its work
        jdbc.sql("""
                create or replace function orders.refuse_at_commit() returns trigger language plpgsql as $$
                begin
                    if new.description = 'refused at commit' then
                        raise exception 'refused at commit';
                    end if;
                    return null;
                end;
                $$""").update();
        jdbc.sql("create constraint trigger refuse_at_commit after insert on orders.orders deferrable initially "
                + "deferred for each row execute function orders.refuse_at_commit()").update();
        var key = UUID.randomUUID().toString();
        var body = "{\"userId\":\"" + userId + "\",\"amount\":5.00,\"description\":\"refused at commit\"}";
        HttpApi.Response unknown;
        try {
            unknown = post("/api/orders", key, body);
        } finally {
            jdbc.sql("drop trigger refuse_at_commit on orders.orders").update();
            jdbc.sql("drop function orders.refuse_at_commit()").update();
        }

        var retried = post("/api/orders", key, body);

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(503);
        assertThat(unknown.body()).contains("Outcome unknown").contains("same Idempotency-Key");
        assertThat(unknown.location()).isNull();
        assertThat(retried.status()).isEqualTo(201);
        assertThat(ordersOf(userId)).isEqualTo(1);
    }

    private HttpApi.Response post(String path, String key, String body) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private long ordersOf(UUID user) {
        return jdbc.sql("select count(*) from orders.orders where user_id = ?").param(user).query(Long.class).single();
    }
}
