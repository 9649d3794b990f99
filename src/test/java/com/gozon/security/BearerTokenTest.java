package com.gozon.security;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import com.gozon.support.TestTokens;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API call needs a valid bearer JWT whose subject is a user id; anything else is a 401 problem with
 * {@code WWW-Authenticate: Bearer}. The documents, the Swagger UI and the health status stay open.
 */
@GozonIntegrationTest
class BearerTokenTest {

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/orders", "/api/payments/accounts/3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "/api/orders/3fa85f64-5717-4562-b3fc-2c963f66afa6", "/api/nothing-here"})
    void requestWithoutTokenIsUnauthorized(String path) {
        var response = api.anonymous().get(path);

        assertUnauthorized(response);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().get("detail").asString()).contains("bearer token");
    }

    @Test
    void changeWithoutTokenIsUnauthorizedAndChangesNothing() {
        var anonymous = api.anonymous();

        assertUnauthorized(anonymous.post("/api/payments/accounts", "{\"userId\":\"" + api.userId() + "\"}"));
        assertUnauthorized(anonymous.post("/api/orders", "{\"userId\":\"" + api.userId() + "\",\"amount\":1.00}"));
        assertThat(api.get("/api/payments/accounts/" + api.userId()).status()).isEqualTo(404);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        // beyond the minute of clock skew that the check allows
        var issued = Instant.now().minus(Duration.ofHours(2));
        var token = TestTokens.sign(TestTokens.claimsFor(api.userId()).issuedAt(issued)
                .expiresAt(issued.plus(Duration.ofHours(1))).build());

        var response = withToken(token);

        assertUnauthorized(response);
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token").contains("expired");
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        var otherKey = new RSAKeyGenerator(2048).keyID("gozon-dev").generate();

        assertUnauthorized(withToken(TestTokens.sign(TestTokens.claimsFor(api.userId()).build(), otherKey)));
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        var token = TestTokens.sign(TestTokens.claimsFor(api.userId()).issuer("https://elsewhere.invalid").build());

        assertUnauthorized(withToken(token));
    }

    @Test
    void tokenWithoutIssuerIsUnauthorized() {
        var claims = TestTokens.claimsFor(api.userId()).build().getClaims();
        var withoutIssuer = JwtClaimsSet.builder().claims(all -> {
            all.putAll(claims);
            all.remove("iss");
        }).build();

        assertUnauthorized(withToken(TestTokens.sign(withoutIssuer)));
    }

    /**
     * Issue 18: /logout answered 302 to /login?logout; the resource server has no login to log out of. (In the tests
     * /login is the development token issuer's login form, which the production jar does not hold.)
     */
    @Test
    void thereIsNoLogout() {
        var anonymous = api.anonymous().get("/logout");
        var withToken = api.get("/logout");
        var posted = api.post("/logout", "{}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(withToken.status()).isEqualTo(404);
        assertThat(posted.status()).isEqualTo(404);
        assertThat(posted.location()).isNull();
    }

    /** Issue 18: a token without exp was accepted for ever. */
    @Test
    void tokenWithoutExpiryIsUnauthorized() {
        var claims = TestTokens.claimsFor(api.userId()).build().getClaims();
        var withoutExpiry = JwtClaimsSet.builder().claims(all -> {
            all.putAll(claims);
            all.remove("exp");
        }).build();

        var response = withToken(TestTokens.sign(withoutExpiry));

        assertUnauthorized(response);
        assertThat(response.json().get("detail").asString()).contains("exp");
    }

    @Test
    void tokenIssuedInTheFutureIsUnauthorized() {
        var future = Instant.now().plus(Duration.ofMinutes(10));
        var token = TestTokens.sign(TestTokens.claimsFor(api.userId()).issuedAt(future)
                .expiresAt(future.plus(Duration.ofHours(1))).build());

        var response = withToken(token);

        assertUnauthorized(response);
        assertThat(response.json().get("detail").asString()).contains("iat");
    }

    @Test
    void tokenWithoutSubjectIsUnauthorized() {
        var claims = TestTokens.claimsFor(api.userId()).build().getClaims();
        var withoutSubject = JwtClaimsSet.builder().claims(all -> {
            all.putAll(claims);
            all.remove("sub");
        }).build();

        var response = withToken(TestTokens.sign(withoutSubject));

        assertUnauthorized(response);
        assertThat(response.json().get("detail").asString()).contains("user id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "42", "1-2-3-4-5", "3fa85f64-5717-4562-b3fc-2c963f66afa6x"})
    void tokenWhoseSubjectIsNoUserIdIsUnauthorized(String subject) {
        var token = TestTokens.sign(TestTokens.claimsFor(api.userId()).subject(subject).build());

        assertUnauthorized(withToken(token));
    }

    @Test
    void malformedTokenIsUnauthorized() {
        assertUnauthorized(withToken("not.a.jwt"));
        assertUnauthorized(api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/orders"))
                .header("Authorization", "Basic eDp5")));
    }

    @Test
    void validTokenActsForItsSubject() {
        var opened = api.post("/api/payments/accounts", "{\"userId\":\"" + api.userId() + "\"}");

        assertThat(opened.status()).isEqualTo(201);
        assertThat(api.get("/api/payments/accounts/" + api.userId()).json().get("userId").asString())
                .isEqualTo(api.userId().toString());
    }

    @Test
    void documentsSwaggerUiAndHealthNeedNoToken() {
        var anonymous = api.anonymous();

        assertThat(anonymous.get("/v3/api-docs/orders").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs/payments").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs/swagger-config").status()).isEqualTo(200);
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void answersCarrySecurityHeaders() {
        var account = api.get("/api/payments/accounts/" + api.userId());
        var swaggerUi = api.anonymous().get("/swagger-ui/index.html");

        assertThat(account.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(account.header("Cache-Control")).contains("no-store");
        assertThat(account.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(swaggerUi.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(swaggerUi.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private HttpApi.Response withToken(String token) {
        return api.withToken(token).get("/api/payments/accounts/" + UUID.randomUUID());
    }

    static void assertUnauthorized(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        var problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(response.body()).doesNotContain("Exception", "java.", "at com.");
    }
}
