package com.gozon.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's {@link DefaultBearerTokenResolver}, with a fast path for the common case. The default matches the
 * whole {@code Authorization} header against a regular expression each time a filter asks for the token, and took
 * 15 % of the HTTP threads' CPU samples under the benchmark (docs/performance.md). A header that is
 * {@code Bearer <token>} with exactly the characters that expression allows is answered here with a loop; every other
 * request (no header, another scheme, a malformed token) goes to the default, which decides as before. Tokens in query
 * parameters or form bodies stay refused, as by default.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        var token = wellFormedToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        return token != null ? token : standard.resolve(request);
    }

    /**
     * The token of {@code Bearer <token>} if the header matches {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}
     * (the default's expression, "Bearer" in any case), else null.
     */
    static @Nullable String wellFormedToken(@Nullable String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        int end = authorization.length();
        int i = SCHEME.length();
        while (i < end && isTokenCharacter(authorization.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return null;
        }
        while (i < end && authorization.charAt(i) == '=') {
            i++;
        }
        return i == end ? authorization.substring(SCHEME.length()) : null;
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
