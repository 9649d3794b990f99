package com.gozon.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the tokens the resource server's decoder accepted, until they expire: a client sends the same token with
 * every request for its lifetime, and checking its RS256 signature again each time took a fifth of the HTTP threads'
 * CPU samples in the benchmark (docs/performance.md). Only an accepted token is remembered, keyed by its whole text (the
 * signature included), and only until its {@code exp}, never longer than {@link #MAX_AGE}; an expired or never
 * accepted token goes to the decoder, which answers as before.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> accepted;

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetime(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        var known = accepted.getIfPresent(token);
        if (known != null && isUnexpired(known)) {
            return known;
        }
        var jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {
            accepted.put(token, jwt);
        }
        return jwt;
    }

    private boolean isUnexpired(Jwt jwt) {
        var expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }

    private Duration lifetime(Jwt jwt) {
        var left = Duration.between(clock.instant(), jwt.getExpiresAt() == null ? Instant.EPOCH : jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left.compareTo(MAX_AGE) > 0 ? MAX_AGE : left;
    }

    /** Wraps the decoder Spring Boot configures, with its validators, whatever the source of its keys. */
    static BeanPostProcessor aroundTheDecoder(Clock clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, clock) : bean;
            }
        };
    }
}
