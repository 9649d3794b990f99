package com.gozon.http.limits;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests beyond the limits (README, "Limits") get a problem: bodies above 8 KB, announced or chunked, headers above
 * 8 KB, and bodies that arrive too slowly (gozon.request-body.read-timeout is 1 s in the tests).
 */
@GozonIntegrationTest
class RequestLimitsTest {

    private static final int MAX_BODY = 8 * 1024;

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void bodyAboveTheLimitIsTooLarge() {
        var response = api.post("/api/orders", order(MAX_BODY + 1));

        assertProblem(response, 413);
    }

    @Test
    void chunkedBodyAboveTheLimitIsTooLarge() {
        var body = order(MAX_BODY + 1).getBytes(StandardCharsets.UTF_8);

        var response = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertProblem(response, 413);
    }

    @Test
    void bodyOfExactlyTheLimitIsRead() {
        var response = api.post("/api/orders", order(MAX_BODY));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void headersAboveTheLimitAreABadRequest() {
        var response = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/orders"))
                .header("X-Padding", "x".repeat(9 * 1024)).GET());

        assertProblem(response, 400);
    }

    @Test
    void bodyThatArrivesTooSlowlyTimesOutAndItsConnectionCloses() throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var started = System.nanoTime();
            var in = socket.getInputStream();
            // one byte every 200 ms, each well within Tomcat's connection timeout, until the shop answers
            while (in.available() == 0 && elapsedSince(started).toSeconds() < 8) {
                out.write(' ');
                out.flush();
                pause(Duration.ofMillis(200));
            }
            var answeredAfter = elapsedSince(started);
            // the client now sends nothing more: the connection is closed at once, not after a drain
            var response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var closedAfter = elapsedSince(started);

            assertThat(answeredAfter).isLessThan(Duration.ofSeconds(3));
            assertThat(closedAfter.minus(answeredAfter)).isLessThan(Duration.ofSeconds(2));
            assertThat(response).startsWith("HTTP/1.1 408");
            assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(response).contains("\"status\":408");
        }
    }

    /** A valid order whose JSON is exactly {@code size} bytes long, padded with blanks. */
    private String order(int size) {
        var json = "{\"userId\":\"" + api.userId() + "\",\"amount\":1.00,\"description\":\"padded\"}";
        return json + " ".repeat(size - json.length());
    }

    private static Duration elapsedSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    /** The pace of a slow client; nothing to wait for, so no Awaitility. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(HttpApi.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }
}
