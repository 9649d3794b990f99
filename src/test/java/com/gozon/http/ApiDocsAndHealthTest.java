package com.gozon.http;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Swagger UI for both modules, their OpenAPI documents, and a health report naming database and broker to an
 * operator (scope gozon.health), only UP or DOWN to anyone else; the probes for an orchestrator, open without a token:
 * liveness the process alone, readiness with the database and the broker (ADR 0027).
 */
@GozonIntegrationTest
class ApiDocsAndHealthTest {

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void swaggerUiListsBothModules() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        var page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/gw-swagger")).build(),
                HttpResponse.BodyHandlers.ofString());
        var config = api.get("/v3/api-docs/swagger-config").json();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(config.get("urls").valueStream().map(url -> url.get("name").asString()))
                .containsExactlyInAnyOrder("Orders", "Payments");
    }

    @Test
    void ordersDocumentDescribesItsOperationsAndTheOriginalStatusCodes() {
        var document = api.get("/v3/api-docs/orders").json();

        assertThat(document.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/orders", "/api/orders/{orderId}");
        assertThat(document.get("components").get("schemas").get("Order").get("properties").get("status")
                .get("description").asString()).contains("code 0", "code 1", "code 2");
        assertThat(document.get("components").get("schemas").get("CreateOrderRequest").get("properties")
                .get("amount").get("example").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void paymentsDocumentDescribesItsOperations() {
        var document = api.get("/v3/api-docs/payments").json();

        assertThat(document.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/payments/accounts",
                "/api/payments/accounts/{userId}", "/api/payments/accounts/{userId}/top-up",
                "/api/payments/accounts/{userId}/entries");
    }

    @Test
    void documentsSayHowTheyAreSecured() {
        for (var module : List.of("orders", "payments")) {
            var document = api.anonymous().get("/v3/api-docs/" + module).json();

            var schemes = document.get("components").get("securitySchemes");
            assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
            assertThat(schemes.get("oauth2").get("flows").get("authorizationCode").get("tokenUrl").asString())
                    .isEqualTo("/oauth2/token");
            assertThat(document.get("security").valueStream().flatMap(requirement -> requirement.propertyNames().stream()))
                    .containsExactlyInAnyOrder("bearer", "oauth2");
            document.get("paths").forEach(path -> path.forEach(operation -> {
                assertThat(operation.get("responses").propertyNames()).contains("401");
                if (operation.has("parameters")) {
                    assertThat(operation.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
                            .as("the authenticated user is no parameter").doesNotContain("user");
                }
            }));
        }
    }

    @Test
    void theLoginOutlivesASwitchOfDefinition() {
        var config = api.get("/v3/api-docs/swagger-config").json();
        var orders = api.get("/v3/api-docs/orders").json();
        var payments = api.get("/v3/api-docs/payments").json();

        assertThat(config.path("persistAuthorization").asBoolean(false)).isTrue();
        assertThat(orders.get("components").get("securitySchemes"))
                .isEqualTo(payments.get("components").get("securitySchemes"));
        assertThat(orders.get("security")).isEqualTo(payments.get("security"));
    }

    @Test
    void theShopsAddressLeadsToTheSwaggerUi() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        var root = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/gw-swagger"));
    }

    @Test
    void swaggerUiOpensOnPaymentsWhereTheJourneyStarts() {
        var config = api.get("/v3/api-docs/swagger-config").json();

        assertThat(config.get("urls.primaryName").asString()).isEqualTo("Payments");
        assertThat(api.get("/v3/api-docs/payments").json().get("info").get("description").asString())
                .contains("Start here", "openAccount", "topUp", "placeOrder");
    }

    @Test
    void eachApiHasATitleAVersionAndOperationIdsThatSayWhatTheyDo() {
        var orders = api.get("/v3/api-docs/orders").json();
        var payments = api.get("/v3/api-docs/payments").json();

        assertThat(orders.get("info").get("title").asString()).isEqualTo("Gozon Orders API");
        assertThat(payments.get("info").get("title").asString()).isEqualTo("Gozon Payments API");
        assertThat(List.of(orders, payments)).allSatisfy(document -> {
            assertThat(document.get("info").get("version").asString()).isEqualTo("1.0");
            assertThat(document.get("info").get("description").asString()).isNotBlank();
        });
        assertThat(operationIds(orders)).containsExactlyInAnyOrder("placeOrder", "listOrders", "getOrder");
        assertThat(operationIds(payments)).containsExactlyInAnyOrder("openAccount", "topUp", "getAccount",
                "listLedgerEntries");
    }

    @Test
    void createdAnswersNameTheirLocationAndTheExamplesAgree() {
        var orders = api.get("/v3/api-docs/orders").json();
        var payments = api.get("/v3/api-docs/payments").json();

        var placed = orders.get("paths").get("/api/orders").get("post").get("responses").get("201");
        var opened = payments.get("paths").get("/api/payments/accounts").get("post").get("responses").get("201");
        assertThat(placed.get("headers").has("Location")).isTrue();
        assertThat(opened.get("headers").has("Location")).isTrue();
        var newOrder = placed.get("content").get("application/json").get("examples").get("placed").get("value");
        assertThat(newOrder.get("status").asString()).isEqualTo("NEW");
        assertThat(newOrder.get("failureReason").isNull()).isTrue();
        var newAccount = opened.get("content").get("application/json").get("examples").get("opened").get("value");
        assertThat(newAccount.get("balance").decimalValue()).isEqualTo(new java.math.BigDecimal("0.00"));
    }

    @Test
    void everyErrorAnswerIsAProblemWithAnExampleOfItsStatus() {
        for (var module : List.of("orders", "payments")) {
            var document = api.get("/v3/api-docs/" + module).json();

            var problem = document.get("components").get("schemas").get("ProblemDetail").get("properties");
            assertThat(problem.propertyNames()).contains("title", "status", "detail", "instance", "errors");
            document.get("paths").forEach(path -> path.forEach(operation ->
                    operation.get("responses").properties().stream().filter(answer -> answer.getKey().matches("[45]..")) 
                            .forEach(answer -> {
                                var examples = answer.getValue().get("content").get("application/problem+json")
                                        .get("examples");
                                assertThat(examples).as(module + " " + answer.getKey() + " " + answer.getValue())
                                        .isNotNull();
                                assertThat(examples.valueStream().map(example -> example.get("value").get("status")
                                        .asInt())).as(module + " " + answer.getKey())
                                        .containsOnly(Integer.parseInt(answer.getKey()));
                            })));
        }
    }

    @Test
    void anOrderWithoutFailureMatchesItsSchema() {
        var order = api.get("/v3/api-docs/orders").json().get("components").get("schemas").get("Order");

        var failureReason = order.get("properties").get("failureReason");
        assertThat(failureReason.get("type").valueStream().map(type -> type.asString())).contains("null");
        assertThat(failureReason.get("enum").valueStream().map(reason -> reason.isNull() ? null : reason.asString()))
                .containsExactlyInAnyOrder("INSUFFICIENT_FUNDS", "ACCOUNT_NOT_FOUND", null);
    }

    @Test
    void everyIdInThePathThatIsNoUuidIsADocumented400() {
        for (var module : List.of("orders", "payments")) {
            var document = api.get("/v3/api-docs/" + module).json();

            document.get("paths").properties().stream().filter(path -> path.getKey().contains("{"))
                    .forEach(path -> path.getValue().properties().forEach(operation -> {
                        var url = path.getKey().replaceAll("\\{[^}]+}", "nope");
                        var answer = operation.getKey().equals("get") ? api.get(url) : api.post(url, "{\"amount\":1}");
                        assertThat(answer.status()).as(operation.getKey() + " " + url).isEqualTo(400);
                        assertThat(operation.getValue().get("responses").propertyNames())
                                .as(operation.getKey() + " " + path.getKey()).contains("400");
                    }));
        }
    }

    @Test
    void everyPostDocumentsItsIdempotencyKey() {
        var placeOrder = api.get("/v3/api-docs/orders").json().get("paths").get("/api/orders").get("post");

        assertThat(placeOrder.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
                .contains("Idempotency-Key");
    }

    @Test
    void noIdempotencyKeyIsSentByDefaultFromTheSwaggerUi() {
        for (var module : List.of("orders", "payments")) {
            var document = api.get("/v3/api-docs/" + module).json();

            document.get("paths").forEach(path -> path.forEach(operation -> operation.path("parameters").valueStream()
                    .filter(parameter -> parameter.get("name").asString().equals("Idempotency-Key"))
                    .forEach(key -> {
                        assertThat(key.has("example") || key.has("examples")).as(module + " " + key).isFalse();
                        assertThat(key.get("schema").has("example") || key.get("schema").has("examples")
                                || key.get("schema").has("default")).as(module + " " + key).isFalse();
                        assertThat(key.get("description").asString()).contains("fresh UUID");
                    })));
        }
    }

    private static List<String> operationIds(tools.jackson.databind.JsonNode document) {
        return document.get("paths").valueStream().flatMap(path -> path.valueStream())
                .map(operation -> operation.get("operationId").asString()).toList();
    }

    @Test
    void healthReportsDatabaseAndBrokerToAnOperator() {
        var operator = api.withToken(TestTokens.sign(TestTokens.claimsFor(UUID.randomUUID())
                .claim("scope", "gozon.health").build()));

        var health = operator.get("/actuator/health").json();

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("rabbit").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").propertyNames()).as("what the shop does not use")
                .doesNotContain("discoveryComposite", "refreshScope");
        // issue 18: the working directory is nothing to tell
        assertThat(health.get("components").get("diskSpace").get("details").propertyNames())
                .contains("free", "total", "threshold").doesNotContain("path");
    }

    @Test
    void healthTellsOthersOnlyUpOrDown() {
        var anonymous = api.anonymous().get("/actuator/health").json();
        var customer = api.get("/actuator/health").json();

        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.propertyNames()).doesNotContain("components", "details");
        assertThat(customer.propertyNames()).doesNotContain("components", "details");
    }

    @Test
    void probesAnswerWithoutATokenAndTellOnlyTheStatus() {
        for (var probe : List.of("/livez", "/readyz", "/actuator/health/liveness", "/actuator/health/readiness")) {
            var answer = api.anonymous().get(probe);

            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.json().get("status").asString()).as(probe).isEqualTo("UP");
            assertThat(answer.json().propertyNames()).as(probe).doesNotContain("components", "details");
        }
    }

    @Test
    void livenessIsTheProcessAloneAndReadinessAddsTheDatabaseAndTheBroker() {
        var operator = api.withToken(TestTokens.sign(TestTokens.claimsFor(UUID.randomUUID())
                .claim("scope", "gozon.health").build()));

        var liveness = operator.get("/livez").json();
        var readiness = operator.get("/readyz").json();

        // a database or broker outage must not make an orchestrator restart every instance at once
        assertThat(liveness.get("components").propertyNames()).containsExactly("livenessState");
        assertThat(readiness.get("components").propertyNames())
                .containsExactlyInAnyOrder("readinessState", "db", "rabbit");
    }
}
