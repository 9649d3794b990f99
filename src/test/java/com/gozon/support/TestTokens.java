package com.gozon.support;

import com.gozon.dev.DevIssuerKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Access tokens as the tests' issuer would sign them: RS256 with the development issuer's key ({@link DevIssuerKey}),
 * issuer {@code gozon.security.token-issuer} of {@code application-test.yaml}, the user id as subject, valid for an
 * hour. {@link #claimsFor(UUID)} and {@link #sign(JwtClaimsSet, RSAKey)} make the broken ones.
 */
public final class TestTokens {

    /** The issuer the tests' shop trusts, read where the shop reads it. */
    public static final String ISSUER = Objects.requireNonNull(testSetting("gozon.security.token-issuer"));

    private TestTokens() {
    }

    public static String forUser(UUID userId) {
        return sign(claimsFor(userId).build());
    }

    /** The claims of a valid token, to change one of them. */
    public static JwtClaimsSet.Builder claimsFor(UUID userId) {
        var now = Instant.now();
        return JwtClaimsSet.builder().issuer(ISSUER).subject(userId.toString()).issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1)));
    }

    public static String sign(JwtClaimsSet claims) {
        return sign(claims, DevIssuerKey.rsaKey());
    }

    public static String sign(JwtClaimsSet claims, RSAKey key) {
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static String testSetting(String name) {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-test.yaml"));
        return Objects.requireNonNull(yaml.getObject()).getProperty(name);
    }
}
