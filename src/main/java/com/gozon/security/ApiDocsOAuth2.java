package com.gozon.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.Optional;

/**
 * Where the Swagger UI's Authorize button logs a user in ({@code gozon.api-docs.oauth2.*}): the identity provider's
 * authorization and token endpoints, absolute or relative to the shop. Without them the API documents offer only a
 * bearer token to paste.
 */
@ConfigurationProperties("gozon.api-docs.oauth2")
record ApiDocsOAuth2(@Nullable String authorizationUrl, @Nullable String tokenUrl) {

    boolean configured() {
        return authorizationUrl != null && !authorizationUrl.isBlank() && tokenUrl != null && !tokenUrl.isBlank();
    }

    /** The identity provider's origin when the browser must call its token endpoint across origins. */
    Optional<String> tokenOrigin() {
        if (!configured()) {
            return Optional.empty();
        }
        var uri = URI.create(tokenUrl);
        return uri.isAbsolute()
                ? Optional.of(uri.getScheme() + "://" + uri.getRawAuthority())
                : Optional.empty();
    }
}
