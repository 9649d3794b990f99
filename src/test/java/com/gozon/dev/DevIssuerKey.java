package com.gozon.dev;

import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.converter.RsaKeyConverters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The development issuer's RSA key pair ({@code src/test/resources/dev}): its private half signs the tokens of the
 * development shop's issuer and of the tests; the shop checks them with the public half
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), as production checks a key of its own.
 * For development and tests only: the key is public, in the repository.
 */
public final class DevIssuerKey {

    public static final String PRIVATE_KEY = "dev/issuer-private.pem";
    public static final String PUBLIC_KEY = "dev/issuer-public.pem";

    private static final RSAKey KEY = new RSAKey.Builder(publicKey())
            .privateKey(privateKey())
            .keyID("gozon-dev")
            .build();

    private DevIssuerKey() {
    }

    /** The key pair as a JWK, private half included. */
    public static RSAKey rsaKey() {
        return KEY;
    }

    private static RSAPublicKey publicKey() {
        try (var pem = new ClassPathResource(PUBLIC_KEY).getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PUBLIC_KEY, e);
        }
    }

    private static RSAPrivateKey privateKey() {
        try (var pem = new ClassPathResource(PRIVATE_KEY).getInputStream()) {
            return RsaKeyConverters.pkcs8().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PRIVATE_KEY, e);
        }
    }
}
