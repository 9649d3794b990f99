package com.gozon.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Where the tests find PostgreSQL and RabbitMQ: by default an embedded PostgreSQL and AMQP broker started in the test
 * JVM (profile {@code embedded}); with {@code -Dgozon.test.infrastructure=external}, the ones configured for the
 * profile {@code test} (localhost:5432 and localhost:5672 unless overridden by the usual Spring Boot properties).
 */
public class TestInfrastructure implements ActiveProfilesResolver {

    public static boolean isExternal() {
        return "external".equalsIgnoreCase(System.getProperty("gozon.test.infrastructure",
                System.getenv().getOrDefault("GOZON_TEST_INFRASTRUCTURE", "embedded")));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return isExternal() ? new String[] {"test", "test-external"} : new String[] {"embedded", "test"};
    }
}
