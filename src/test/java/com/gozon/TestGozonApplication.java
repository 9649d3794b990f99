package com.gozon;

import com.gozon.dev.DevIssuer;
import com.gozon.dev.DevServices;
import org.springframework.boot.SpringApplication;

/**
 * The shop for development, on a PostgreSQL and an AMQP broker of its own started in the same JVM (data in
 * {@code .data/}), and its own token issuer for the demo users ({@link DevIssuer}): {@code ./mvnw spring-boot:test-run}.
 * None of it is in the production jar.
 */
public class TestGozonApplication {

    public static void main(String[] args) {
        SpringApplication.from(GozonApplication::main)
                .with(DevServices.class, DevIssuer.class)
                .withAdditionalProfiles(DevServices.PROFILE)
                .run(args);
    }
}
