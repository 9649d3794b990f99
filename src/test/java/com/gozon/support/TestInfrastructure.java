package com.gozon.support;

import com.gozon.dev.DevServices;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Where the tests find PostgreSQL and RabbitMQ: by default the development servers started in the test JVM
 * ({@link DevServices}, profile {@code dev}); with {@code -Dgozon.test.infrastructure=external}, the ones configured
 * for the profile {@code test-external} (localhost:5432 and localhost:5672 unless overridden by the usual Spring Boot
 * properties).
 */
public class TestInfrastructure implements ActiveProfilesResolver {

    public static boolean isExternal() {
        return "external".equalsIgnoreCase(System.getProperty("gozon.test.infrastructure",
                System.getenv().getOrDefault("GOZON_TEST_INFRASTRUCTURE", "dev")));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return isExternal() ? new String[] {"test", "test-external"} : new String[] {DevServices.PROFILE, "test"};
    }
}
