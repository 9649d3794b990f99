package com.gozon.security;

import com.gozon.GozonApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
}
