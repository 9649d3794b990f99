package com.gozon.infrastructure.runtime;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Decides, before any bean exists, where the database and the broker come from. With the profile {@code embedded},
 * it starts a real PostgreSQL and a real AMQP broker in this JVM, in the background, and publishes their ports
 * ({@code gozon.embedded.postgres.port}, {@code gozon.embedded.broker.port}) for application-embedded.yaml. Otherwise
 * it checks that the configured external PostgreSQL and RabbitMQ answer, and fails the start-up with a clear message
 * when they don't: production never falls back to embedded servers.
 */
class InfrastructureModeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    static final String EMBEDDED_PROFILE = "embedded";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!environment.getProperty("gozon.infrastructure.check", Boolean.class, true)) {
            return;
        }
        if (!environment.acceptsProfiles(Profiles.of(EMBEDDED_PROFILE))) {
            ExternalServicesCheck.verify(environment);
            return;
        }
        var settings = EmbeddedSettings.from(environment);
        var servers = EmbeddedServers.acquire(settings);
        environment.getPropertySources().addLast(new MapPropertySource("gozonEmbeddedServers", Map.of(
                "gozon.embedded.postgres.port", servers.postgresPort(),
                "gozon.embedded.broker.port", servers.brokerPort())));
        // registered first, so destroyed last: the servers outlive every bean that uses them
        DisposableBean lease = EmbeddedServers::release;
        var beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
        beanFactory.registerSingleton("embeddedServersLease", lease);
        beanFactory.registerDisposableBean("embeddedServersLease", lease);
        // the servers start while the context is built; the first bean that can connect to one waits for both
        beanFactory.addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource || bean instanceof ConnectionFactory) {
                    servers.awaitReady();
                }
                if (bean instanceof DataSource) {
                    servers.ensureDatabase(settings.database());
                }
                return bean;
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
