package com.gozon.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;

/**
 * A token must say when it expires ({@code exp}), and may not say it was issued in the future ({@code iat}) beyond the
 * clock skew that Spring Security's own timestamp check allows. Spring Security checks {@code exp} only when it is
 * there: a token without it was accepted for ever (issue 18).
 */
final class TokenLifetime implements OAuth2TokenValidator<Jwt> {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Clock clock;

    TokenLifetime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (token.getExpiresAt() == null) {
            return invalid("The token has no expiry (exp)");
        }
        var issuedAt = token.getIssuedAt();
        if (issuedAt != null && issuedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return invalid("The token was issued in the future (iat)");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
