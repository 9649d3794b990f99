package com.gozon.security;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path must give every request the answer Spring Security's resolver gives it. */
class BearerTokensTest {

    private static final String ALPHABET = "aZ09-._~+/= \t:;,\"'%*!\u00e9\u212a\n";

    final BearerTokens fast = new BearerTokens();
    final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Test
    void headersOfEveryShapeAreAnsweredAsByTheDefault() {
        var headers = new ArrayList<>(List.of("Bearer abc", "bearer abc", "BEARER abc.def-ghi_jkl~mno+pqr/stu==",
                "Bearer  abc", "Bearer", "Bearer ", "Bearer =", "Bearer abc=def", "Bearer abc\n", "Bearerabc",
                "Basic dXNlcjpwYXNz", "DPoP abc", "Bearer abc==", "Bearer a b", "bEaReR x", "Bearer \u212a",
                "Bearer " + "x".repeat(600)));
        var random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            var text = new StringBuilder(random.nextBoolean() ? "Bearer " : random.nextBoolean() ? "bearer" : "");
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            headers.add(text.toString());
        }

        for (var header : headers) {
            assertThat(answer(fast, header)).as("Authorization: %s", header).isEqualTo(answer(standard, header));
        }
        assertThat(answer(fast, (String) null)).isEqualTo(answer(standard, (String) null));
    }

    @Test
    void aTokenInTheQueryIsIgnoredAsByDefault() {
        var request = new MockHttpServletRequest("GET", "/api/orders");
        request.addHeader("Authorization", "Bearer abc");
        request.setParameter("access_token", "def");
        request.setQueryString("access_token=def");

        assertThat(answer(fast, request)).isEqualTo(answer(standard, request)).isEqualTo("token abc");
    }

    private static String answer(BearerTokenResolver resolver,
                                 @Nullable String header) {
        var request = new MockHttpServletRequest("GET", "/api/orders");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        return answer(resolver, request);
    }

    private static String answer(BearerTokenResolver resolver,
                                 MockHttpServletRequest request) {
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + " " + e.getError().getDescription();
        }
    }
}
