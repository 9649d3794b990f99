package com.gozon.support;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A small HTTP client for the shop's public API, as a user would call it: {@code new HttpApi(port)} acts as a new
 * user of its own ({@link #userId()}, the subject of the bearer token it sends with every request, see
 * {@link TestTokens}); {@link #as(UUID)} as a given user, {@link #anonymous()} without a token, and
 * {@link #withToken(String)} with any token. A request that sets its own {@code Authorization} header keeps it.
 * {@link #documented()} is the client whose every answer under {@code /api/orders} and {@code /api/payments} must be
 * one the published API documents describe ({@link ApiDocuments}), or the request fails the test (the journeys).
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final @Nullable UUID userId;
    private final @Nullable String token;
    private final boolean documented;

    /** A new user, with no account yet. */
    public HttpApi(int port) {
        this("http://localhost:" + port, UUID.randomUUID(), false);
    }

    private HttpApi(String base, UUID userId, boolean documented) {
        this(base, userId, TestTokens.forUser(userId), documented);
    }

    private HttpApi(String base, @Nullable UUID userId, @Nullable String token, boolean documented) {
        this.base = base;
        this.userId = userId;
        this.token = token;
        this.documented = documented;
    }

    /** The same shop, as the given user. */
    public HttpApi as(UUID userId) {
        return new HttpApi(base, userId, documented);
    }

    /** The same shop, without a bearer token. */
    public HttpApi anonymous() {
        return new HttpApi(base, null, null, documented);
    }

    /** The same shop, with this bearer token (expired, wrongly signed, ...). */
    public HttpApi withToken(String token) {
        return new HttpApi(base, null, token, documented);
    }

    /** The same client, whose every answer must be one the API documents describe. */
    public HttpApi documented() {
        return new HttpApi(base, userId, token, true);
    }

    /** The user this client acts as: the subject of its token. */
    public UUID userId() {
        if (userId == null) {
            throw new IllegalStateException("This client acts for no user of its own");
        }
        return userId;
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
            var sent = authorized(request.timeout(Duration.ofSeconds(30)).build());
            var response = CLIENT.send(sent, HttpResponse.BodyHandlers.ofString());
            if (documented) {
                ApiDocuments.requireDescribed(base, sent.method(), sent.uri(), response);
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest authorized(HttpRequest request) {
        if (token == null || request.headers().firstValue("Authorization").isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", "Bearer " + token)
                .build();
    }

    /** Opens this user's account; its id is the user's. */
    public UUID openAccount() {
        var response = post("/api/payments/accounts", "{}");
        if (response.status() != 201) {
            throw new IllegalStateException("Opening an account answered " + response);
        }
        return userId();
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

    public record Response(int status, String contentType, @Nullable String location, String body,
                           HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public @Nullable String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
