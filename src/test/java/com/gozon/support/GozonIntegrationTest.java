package com.gozon.support;

import com.gozon.dev.DevIssuer;
import com.gozon.dev.DevServices;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port against a real PostgreSQL (database {@code gozon_test}, created when
 * missing) and a real AMQP broker: the development servers in the test JVM by default ({@link DevServices}), external
 * ones on request (see {@link TestInfrastructure}), and the development token issuer ({@link DevIssuer}), as in
 * {@code ./mvnw spring-boot:test-run}. Every such test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestInfrastructure.class)
@Import({DevServices.class, DevIssuer.class, HandledMessages.class, DatabaseFaults.class})
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(AwaitilityDefaults.class)
public @interface GozonIntegrationTest {
}
