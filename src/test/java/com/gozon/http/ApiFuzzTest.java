package com.gozon.http;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every operation of the OpenAPI documents ({@link FuzzedRequests}) and asserts that no input makes the shop
 * fail: no 5xx, every 4xx an RFC 9457 problem without internals, and no order or account stored for a refused request.
 * The run is fixed by its seed, printed first; repeat or vary it with {@code -Dgozon.fuzz.seed=...} and
 * {@code -Dgozon.fuzz.requests=...}.
 */
@GozonIntegrationTest
class ApiFuzzTest {

    private static final long SEED = Long.getLong("gozon.fuzz.seed", 20261126L);
    private static final int REQUESTS = Integer.getInteger("gozon.fuzz.requests", 600);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noInputMakesTheShopFailOrWriteHalfAnything() {
        System.out.printf("ApiFuzzTest: seed %d, %d requests (-Dgozon.fuzz.seed=%d -Dgozon.fuzz.requests=%d)%n",
                SEED, REQUESTS, SEED, REQUESTS);
        var api = new HttpApi(port);
        var operations = new ArrayList<FuzzedRequests.Operation>();
        operations.addAll(FuzzedRequests.Operation.of(api.get("/v3/api-docs/orders").json()));
        operations.addAll(FuzzedRequests.Operation.of(api.get("/v3/api-docs/payments").json()));
        var random = new Random(SEED);
        var requests = new FuzzedRequests(random, port);
        var failures = new ArrayList<String>();
        var statuses = new TreeMap<Integer, Integer>();
        var refusedCreations = new HashSet<UUID>();
        var acceptedCreations = new HashSet<UUID>();
        var started = System.nanoTime();
        var previous = "";

        for (var i = 0; i < REQUESTS; i++) {
            var fuzzed = requests.next(operations.get(random.nextInt(operations.size())));
            HttpApi.Response response;
            try {
                response = api.send(fuzzed.request());
            } catch (UncheckedIOException e) {
                failures.add("#" + i + " " + fuzzed.description() + "\n    -> no answer: " + e.getMessage()
                        + "\n    after " + previous);
                continue;
            }
            statuses.merge(response.status(), 1, Integer::sum);
            previous = response.status() + " " + fuzzed.description();
            var failure = failure(response, fuzzed.method());
            if (failure != null) {
                failures.add("#" + i + " " + fuzzed.description() + "\n    -> " + failure);
            }
            if (fuzzed.operation().body() != null && fuzzed.operation().pathParameters().isEmpty()
                    && "POST".equals(fuzzed.method())) {
                (response.status() < 300 ? acceptedCreations : refusedCreations).add(fuzzed.userId());
            }
        }

        System.out.printf("ApiFuzzTest: %d requests in %d ms, statuses %s%n", REQUESTS,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), statuses);
        assertThat(failures).as("requests the shop failed on (seed %d)", SEED).isEmpty();
        assertThat(statuses).as("requests that reached the controllers: valid ones and invalid ones")
                .containsKeys(200, 201, 400).doesNotContainKey(401);
        refusedCreations.removeAll(acceptedCreations);
        assertThat(refusedCreations).allSatisfy(userId -> assertThat(storedRowsOf(userId)).as("rows of " + userId)
                .isZero());
    }

    private static String failure(HttpApi.Response response, String method) {
        if (response.status() >= 500) {
            return response.status() + " " + response.body();
        }
        if (response.status() < 400 || "HEAD".equals(method)) {
            return null;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return response.status() + " with " + response.contentType() + ": " + response.body();
        }
        var problem = response.json();
        if (problem.path("status").asInt() != response.status() || problem.path("title").asString("").isBlank()
                || response.body().matches("(?s).*(Exception|java\\.|tools\\.jackson|at com\\.|trace).*")) {
            return "not a clean problem: " + response.body();
        }
        return null;
    }

    private long storedRowsOf(UUID userId) {
        return jdbc.sql("select (select count(*) from orders.orders where user_id = :id)"
                + " + (select count(*) from payments.account where user_id = :id)")
                .param("id", userId).query(Long.class).single();
    }
}
