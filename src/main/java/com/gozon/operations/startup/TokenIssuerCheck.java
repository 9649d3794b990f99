package com.gozon.operations.startup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

import java.util.List;

/**
 * Fails the start-up, before anything else, when nothing says which bearer tokens to trust: every API request needs
 * one, so a shop that cannot check them would answer nothing but 401. Not switched off by
 * {@code gozon.infrastructure.check}: every role checks tokens.
 */
class TokenIssuerCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";
    private static final List<String> ANY_OF = List.of("issuer-uri", "jwk-set-uri", "public-key-location");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (ANY_OF.stream().noneMatch(name -> StringUtils.hasText(environment.getProperty(PREFIX + name)))) {
            throw new MissingInfrastructureException("No issuer of access tokens is configured: every API request "
                    + "needs a bearer JWT, and nothing says which ones to trust.",
                    "Set SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI to your identity provider's issuer "
                            + "(for Keycloak http://<host>/realms/<realm>), or SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI "
                            + "to its JWK set, or SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION to an RSA "
                            + "public key (PEM, e.g. file:/etc/gozon/issuer.pub) whose private key signs the tokens "
                            + "(README, \"Tokens without an identity provider\"). For development, ./mvnw "
                            + "spring-boot:test-run brings an issuer of its own.", null);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
