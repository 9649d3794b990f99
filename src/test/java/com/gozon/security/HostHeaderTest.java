package com.gozon.security;

import com.gozon.support.GozonIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the client's Host header was written back into the WWW-Authenticate of a 401, the Location of GET / and
 * the protected resource's metadata. Now nothing the shop answers repeats it, and the metadata claims no certificate
 * bound tokens, which the shop does not do.
 */
@GozonIntegrationTest
class HostHeaderTest {

    private static final String FORGED_HOST = "attacker.invalid";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/orders", "/", "/.well-known/oauth-protected-resource",
            "/.well-known/oauth-protected-resource/api/orders"})
    void noAnswerRepeatsTheClientsHost(String path) throws IOException {
        var answer = get(path, FORGED_HOST + ":6666");

        assertThat(answer).startsWith("HTTP/1.1 ");
        assertThat(answer).doesNotContain(FORGED_HOST).doesNotContain("6666");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/oauth-protected-resource",
            "/.well-known/oauth-protected-resource/api/orders"})
    void metadataClaimsNoCertificateBoundTokens(String path) throws IOException {
        var answer = get(path, "localhost:" + port);

        assertThat(answer).doesNotContain("\"tls_client_certificate_bound_access_tokens\":true");
    }

    /** A raw request: an HTTP client library would not send a Host header of the caller's choosing. */
    private String get(String path, String host) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
