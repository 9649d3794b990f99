package com.gozon.http.limits;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit in place (it is off in the other tests): three requests an hour per client, so the fourth is refused
 * with a 429 problem (RateLimitFilterTest checks its Retry-After); health checks are never limited.
 */
@GozonIntegrationTest
@TestPropertySource(properties = {"gozon.rate-limit.enabled=true", "gozon.rate-limit.per-user=3",
        "gozon.rate-limit.per-address=3", "gozon.rate-limit.period=1h"})
class RateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void fourthRequestWithinTheHourIsRefusedUntilTheBucketRefills() throws Exception {
        var api = new HttpApi(port);
        var path = "/api/orders?userId=" + api.userId();
        for (var i = 0; i < 3; i++) {
            assertThat(api.get(path).status()).isEqualTo(200);
        }

        var refused = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
        var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
