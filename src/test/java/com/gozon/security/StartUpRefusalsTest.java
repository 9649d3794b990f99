package com.gozon.security;

import com.gozon.GozonApplication;
import com.gozon.dev.DevIssuerKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production application refuses to start, with a message saying what to configure, when it could not be safe. */
@ExtendWith(OutputCaptureExtension.class)
class StartUpRefusalsTest {

    @Test
    void withoutAnyTokenIssuer(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(GozonApplication.class, "--server.port=0"))
                .hasMessageContaining("No issuer of access tokens is configured");

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI")
                .contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION");
    }

    /** An empty secret would be presented by any request with an empty header: refused like a missing one. */
    @ParameterizedTest
    @ValueSource(strings = {"gateway", "orders", "payments"})
    void withAnEmptyGatewaySecret(String role, CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(GozonApplication.class, "--spring.profiles.active=" + role,
                "--server.port=0", "--GOZON_GATEWAY_SECRET=",
                // never reached: the secret stops the start-up first
                "--gozon.infrastructure.check=false", "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--spring.rabbitmq.port=1", "--spring.security.oauth2.resourceserver.jwt.public-key-location="
                        + "classpath:" + DevIssuerKey.PUBLIC_KEY));

        assertThat(output).contains("APPLICATION FAILED TO START").contains("gozon.gateway.secret")
                .contains("must be set, with GOZON_GATEWAY_SECRET, and not be blank");
    }

    @Test
    void withoutAGatewaySecret(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(GozonApplication.class, "--spring.profiles.active=gateway",
                "--server.port=0", "--spring.security.oauth2.resourceserver.jwt.public-key-location="
                        + "classpath:" + DevIssuerKey.PUBLIC_KEY));

        assertThat(output).contains("APPLICATION FAILED TO START").contains("gozon.gateway.secret")
                .contains("must be set, with GOZON_GATEWAY_SECRET, and not be blank");
    }
}
