package com.gozon.dev;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development issuer walked as the Swagger UI's Authorize button walks it (authorization code with PKCE: authorize,
 * log in, code, token) and as the README's curl gets a token (client credentials); either token acts for the demo
 * user on the API.
 */
@GozonIntegrationTest
class DevIssuerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void swaggerUiIsConfiguredForTheDevelopmentIssuer() throws Exception {
        var config = JSON.readTree(send(get("/v3/api-docs/swagger-config")).body());
        var initializer = send(get("/swagger-ui/swagger-initializer.js")).body();
        var document = JSON.readTree(send(get("/v3/api-docs/orders")).body());

        assertThat(config.get("oauth2RedirectUrl").asString())
                .isEqualTo("http://localhost:" + port + DevIssuer.SWAGGER_REDIRECT_PATH);
        assertThat(initializer).contains("ui.initOAuth(", "\"clientId\":\"" + DevIssuer.SWAGGER_CLIENT + "\"",
                "\"usePkceWithAuthorizationCodeGrant\":true");
        var flow = document.get("components").get("securitySchemes").get("oauth2").get("flows").get("authorizationCode");
        assertThat(flow.get("authorizationUrl").asString()).isEqualTo("/oauth2/authorize");
        assertThat(flow.get("tokenUrl").asString()).isEqualTo("/oauth2/token");
    }

    @Test
    void authorizeButtonLogsInADemoUserWhoseTokenActsForThem() throws Exception {
        var verifier = randomUrlSafe();
        var redirectUri = "http://127.0.0.1:" + port + DevIssuer.SWAGGER_REDIRECT_PATH;
        var authorize = "/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", DevIssuer.SWAGGER_CLIENT, "redirect_uri", redirectUri, "state", "swagger-state",
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));

        var toLogin = send(get(authorize).header("Accept", "text/html"));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(location(toLogin)).endsWith("/login");

        var loginPage = send(get("/login"));
        var csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as(loginPage.body()).isTrue();
        var loggedIn = send(post("/login", form(Map.of("username", "alice", "password", "alice",
                "_csrf", csrf.group(1)))));
        assertThat(loggedIn.statusCode()).isEqualTo(302);

        var backToClient = send(get(relative(location(loggedIn))).header("Accept", "text/html"));
        assertThat(backToClient.statusCode()).isEqualTo(302);
        var callback = URI.create(location(backToClient));
        assertThat(callback.toString()).startsWith(redirectUri).contains("state=swagger-state");
        var code = query(callback).get("code");

        var token = send(post("/oauth2/token", form(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "client_id", DevIssuer.SWAGGER_CLIENT, "code_verifier", verifier))));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);

        assertActsFor(DemoUser.ALICE, JSON.readTree(token.body()));
    }

    @Test
    void demoUserGetsATokenWithClientCredentials() throws Exception {
        var token = send(post("/oauth2/token", "grant_type=client_credentials")
                .header("Authorization", basic("bob", "bob")));

        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertActsFor(DemoUser.BOB, JSON.readTree(token.body()));
    }

    @Test
    void wrongPasswordGetsNoToken() throws Exception {
        var refused = send(post("/oauth2/token", "grant_type=client_credentials")
                .header("Authorization", basic("bob", "alice")));

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordDoesNotLogIn() throws Exception {
        var loginPage = send(get("/login"));
        var csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();

        var refused = send(post("/login", form(Map.of("username", "alice", "password", "bob", "_csrf", csrf.group(1)))));

        assertThat(location(refused)).endsWith("/login?error");
    }

    private void assertActsFor(DemoUser user, JsonNode token) {
        var api = new HttpApi(port).withToken(token.get("access_token").asString());

        var opened = api.post("/api/payments/accounts", "{}").status();
        var account = api.get("/api/payments/accounts/" + user.userId());

        assertThat(opened).isIn(201, 409);
        assertThat(account.status()).as(account.body()).isEqualTo(200);
        assertThat(account.json().get("userId").asString()).isEqualTo(user.userId().toString());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
    }

    private static String relative(String location) {
        var uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
    }

    private static Map<String, String> query(URI uri) {
        return Pattern.compile("&").splitAsStream(uri.getRawQuery()).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String randomUrlSafe() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
