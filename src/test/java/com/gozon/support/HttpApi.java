package com.gozon.support;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the shop's public API, as a user would call it. */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String jsonBody) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public UUID openAccount() {
        var userId = UUID.randomUUID();
        var response = post("/api/payments/accounts", "{\"userId\":\"" + userId + "\"}");
        if (response.status() != 201) {
            throw new IllegalStateException("Opening an account answered " + response);
        }
        return userId;
    }

    public Response topUp(UUID userId, String amount) {
        return post("/api/payments/accounts/" + userId + "/top-up", "{\"amount\":" + amount + "}");
    }

    public Response placeOrder(UUID userId, String amount) {
        return post("/api/orders", "{\"userId\":\"" + userId + "\",\"amount\":" + amount + "}");
    }

    public BigDecimal balance(UUID userId) {
        return get("/api/payments/accounts/" + userId).json().get("balance").decimalValue();
    }

    public JsonNode order(String orderId) {
        return get("/api/orders/" + orderId).json();
    }

    public record Response(int status, String contentType, String location, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
