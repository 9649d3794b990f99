package com.gozon.security;

import com.gozon.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final AtomicInteger checks = new AtomicInteger();

    @Test
    void anAcceptedTokenIsCheckedOnceUntilItExpires() {
        var tokens = new VerifiedTokens(decoderAccepting(clock.instant().plus(Duration.ofMinutes(2))), clock);

        var first = tokens.decode("token-a");
        var second = tokens.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoder() {
        var tokens = new VerifiedTokens(decoderAccepting(clock.instant().plus(Duration.ofMinutes(2))), clock);
        tokens.decode("token-a");

        clock.advance(Duration.ofMinutes(3));
        tokens.decode("token-a");

        assertThat(checks).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        JwtDecoder refusing = token -> {
            checks.incrementAndGet();
            throw new BadJwtException("bad signature");
        };
        var tokens = new VerifiedTokens(refusing, clock);

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    private JwtDecoder decoderAccepting(Instant expiresAt) {
        return token -> {
            checks.incrementAndGet();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("a11ce000-0000-4000-8000-00000000a11c")
                    .issuedAt(expiresAt.minus(Duration.ofMinutes(5))).expiresAt(expiresAt).build();
        };
    }
}
