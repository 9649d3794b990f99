package com.gozon.web;

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
 * operator (scope gozon.health), only UP or DOWN to anyone else.
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
    void healthReportsDatabaseAndBrokerToAnOperator() {
        var operator = api.withToken(TestTokens.sign(TestTokens.claimsFor(UUID.randomUUID())
                .claim("scope", "gozon.health").build()));

        var health = operator.get("/actuator/health").json();

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("rabbit").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void healthTellsOthersOnlyUpOrDown() {
        var anonymous = api.anonymous().get("/actuator/health").json();
        var customer = api.get("/actuator/health").json();

        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.propertyNames()).doesNotContain("components", "details");
        assertThat(customer.propertyNames()).doesNotContain("components", "details");
    }
}
