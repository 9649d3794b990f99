package com.gozon.http.problems;

import com.gozon.payments.application.port.in.TopUpUseCase;
import com.gozon.payments.domain.UserId;
import com.gozon.support.DatabaseFaults;
import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request that meets a database restart (its backend terminated inside its transaction, so that its statement and
 * then its rollback fail) answers 503 "Outcome unknown" with Retry-After, never a bare 500 (issues 16 and 18): the
 * client can tell an outage from a bug, and a retry with the same Idempotency-Key acts once.
 */
@GozonIntegrationTest
class OutageAnswersTest {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseFaults faults;

    HttpApi api;
    UUID userId;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        userId = api.openAccount();
    }

    @AfterEach
    void disarm() {
        faults.disarm();
    }

    @Test
    void topUpThatMeetsARestartAnswers503OutcomeUnknownAndChangesNothing() {
        restartDuringTheNextTopUp();

        var answer = api.topUp(userId, "10.00");

        assertOutcomeUnknown(answer);
        assertThat(balanceOnceTheDatabaseIsBack()).isEqualByComparingTo("0.00");
    }

    @Test
    void topUpWithAKeyThatMeetsARestartAnswers503AndItsRetryActsOnce() {
        var key = UUID.randomUUID().toString();
        restartDuringTheNextTopUp();

        var answer = topUp(key, "10.00");
        // as a client does: again with the same key while the answer is 503
        var retry = await().atMost(Duration.ofSeconds(30)).until(() -> topUp(key, "10.00"),
                again -> again.status() != 503);
        var repeat = topUp(key, "10.00");

        assertOutcomeUnknown(answer);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(balanceOnceTheDatabaseIsBack()).isEqualByComparingTo("10.00");
    }

    private void restartDuringTheNextTopUp() {
        var owner = new UserId(userId);
        faults.terminateBackendsBefore(TopUpUseCase.class, owner::equals, 1);
    }

    /** A request right after the restart may still meet a connection of the pool that died with it: 503 too. */
    private BigDecimal balanceOnceTheDatabaseIsBack() {
        return await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/payments/accounts/" + userId),
                answer -> answer.status() == 200).json().get("balance").decimalValue();
    }

    private static void assertOutcomeUnknown(HttpApi.Response answer) {
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.json().get("title").asString()).isEqualTo("Outcome unknown");
        assertThat(answer.json().get("detail").asString()).contains("Idempotency-Key");
    }

    private HttpApi.Response topUp(String key, String amount) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/payments/accounts/"
                        + userId + "/top-up"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + amount + "}")));
    }
}
