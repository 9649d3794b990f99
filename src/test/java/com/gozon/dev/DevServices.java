package com.gozon.dev;

import com.gozon.orders.adapter.out.messaging.OrdersExchange;
import com.gozon.payments.adapter.out.messaging.PaymentsExchange;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.TopicExchange;
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

    /**
     * The exchanges each module publishes to, as RabbitMQ's definitions (docker/rabbitmq/definitions.json) declare
     * them before any module starts: a module binds its queue to the other module's exchange without declaring it,
     * so a module started alone (a module test, a role) finds it here. The development broker (Qpid) has no such
     * definitions, and no permissions to keep: the shop connects as guest, who may do anything.
     */
    @Bean
    Declarables publishedExchanges() {
        return new Declarables(new TopicExchange(OrdersExchange.NAME, true, false),
                new TopicExchange(PaymentsExchange.NAME, true, false));
    }
}
