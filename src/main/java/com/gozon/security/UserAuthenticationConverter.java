package com.gozon.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.util.Optional;
import java.util.UUID;

/**
 * Turns a token that passed its checks (signature, expiry, issuer) into the user it acts for: its subject, which must
 * be a user id, a UUID in canonical form. A token without one is invalid (401). Its scopes become authorities
 * ({@code SCOPE_...}), as Spring Security does by default.
 */
final class UserAuthenticationConverter implements Converter<Jwt, UserAuthentication> {

    private static final String NOT_A_USER = "The token's subject (sub) must be a user id, a UUID.";

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    @Override
    public UserAuthentication convert(Jwt jwt) {
        var user = userId(jwt).map(AuthenticatedUser::new)
                .orElseThrow(() -> new InvalidBearerTokenException(NOT_A_USER));
        return new UserAuthentication(jwt, user, scopes.convert(jwt));
    }

    private static Optional<UUID> userId(Jwt jwt) {
        var subject = jwt.getSubject();
        if (subject == null) {
            return Optional.empty();
        }
        try {
            var userId = UUID.fromString(subject);
            // UUID.fromString also takes shortened forms such as 1-2-3-4-5: only the canonical one is a user id
            return userId.toString().equalsIgnoreCase(subject) ? Optional.of(userId) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
