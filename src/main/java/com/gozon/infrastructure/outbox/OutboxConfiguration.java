package com.gozon.infrastructure.outbox;

import org.flywaydb.core.Flyway;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The outbox: Spring Modulith's JPA event publication registry in its own schema, relayed to RabbitMQ
 * with publisher confirms, and resubmitted with backoff until the broker took each event.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
@EntityScan("org.springframework.modulith.events.jpa.updating")
class OutboxConfiguration {

    /** The schema of the registry: {@code outbox}, or one per module when the modules run apart. */
    @Bean
    FlywayMigrationInitializer outboxSchemaMigration(DataSource dataSource, OutboxProperties properties) {
        return new FlywayMigrationInitializer(Flyway.configure()
                .dataSource(dataSource)
                .schemas(properties.schema())
                .createSchemas(true)
                .locations("classpath:db/outbox")
                .load());
    }

    /** The registry's entity names no schema: Hibernate puts it in the outbox schema. */
    @Bean
    HibernatePropertiesCustomizer outboxDefaultSchema(OutboxProperties properties) {
        return hibernate -> hibernate.put("hibernate.default_schema", properties.schema());
    }

    @Bean
    DelegatingEventExternalizer amqpEventExternalizer(EventExternalizationConfiguration configuration,
                                                      RabbitTemplate rabbit, JsonMapper json,
                                                      OutboxProperties properties, Clock clock) {
        return new DelegatingEventExternalizer(configuration,
                new ConfirmedAmqpPublisher(rabbit, json, properties.confirmTimeout(), clock));
    }

    /** Static: it names the instance in the connection pool before anything connects. */
    @Bean
    static OutboxInstance outboxInstance(Environment environment) {
        // bound here, not injected: a post-processor exists before the properties bean could
        return OutboxInstance.named(Binder.get(environment).bindOrCreate("gozon.outbox", OutboxProperties.class)
                .instanceId());
    }

    @Bean
    InstanceLeases instanceLeases(JdbcClient jdbc, OutboxInstance instance, OutboxProperties properties) {
        return new InstanceLeases(jdbc, instance, properties);
    }

    @Bean
    OutboxHousekeeping outboxHousekeeping(JdbcClient jdbc, OutboxProperties properties) {
        return new OutboxHousekeeping(jdbc, properties);
    }

    @Bean
    OutboxResubmitter outboxResubmitter(FailedEventPublications failed, OutboxProperties properties, Clock clock) {
        return new OutboxResubmitter(failed, properties, clock);
    }
}
