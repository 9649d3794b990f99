package com.gozon.dev;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * A real PostgreSQL and a real AMQP broker started inside this JVM, for {@code ./mvnw spring-boot:test-run}
 * ({@link com.gozon.TestGozonApplication}) and the integration tests. The shop itself does not know: it connects to
 * them through {@code application-dev.yaml} as it would to external ones. Settings: {@link DevServicesSettings}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile(DevServices.PROFILE)
public class DevServices {

    /** The profile of the development shop; its settings are in {@code application-dev.yaml}. */
    public static final String PROFILE = "dev";

    // static: a post-processor must exist before this configuration's own instance could
    @Bean
    static DevServersPostProcessor devServers() {
        return new DevServersPostProcessor();
    }
}
