package com.gozon.outbox;

import com.gozon.operations.migrations.SchemaMigration;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitTemplateConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The outbox: Spring Modulith's event publication registry table in its own schema, written in the modules'
 * transactions and relayed to RabbitMQ in batches with publisher confirms, failed rows resubmitted with backoff until
 * the broker took each event (ADR 0017).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
@EntityScan("org.springframework.modulith.events.jpa.updating")
class OutboxConfiguration {

    private static final OutboxTargets OUTBOX_TARGETS = new OutboxTargets();

    /** The schema of the registry: {@code outbox}, or one per module when the modules run apart. */
    @Bean
    FlywayMigrationInitializer outboxSchemaMigration(DataSource dataSource, OutboxProperties properties,
                                                     Environment environment) {
        return new FlywayMigrationInitializer(SchemaMigration.of(properties.schema(), "classpath:db/outbox", dataSource,
                environment));
    }

    /** The registry's entity names no schema: Hibernate puts it in the outbox schema. */
    @Bean
    HibernatePropertiesCustomizer outboxDefaultSchema(OutboxProperties properties) {
        return hibernate -> hibernate.put("hibernate.default_schema", properties.schema());
    }

    /**
     * What Modulith's Jackson serializer does, over Boot's JsonMapper, but given the mapper once: Modulith's own looks
     * the mapper up in the context for every event (4 % of a consumer's CPU samples, docs/performance.md).
     */
    @Bean
    EventSerializer eventSerializer(JsonMapper json) {
        return new JsonEventSerializer(json);
    }

    /** Publishes on a connection of its own, so that confirms never queue behind the consumers' deliveries. */
    @Bean
    ConfirmedAmqpPublisher confirmedAmqpPublisher(ConnectionFactory connectionFactory, OutboxProperties properties,
                                                  Clock clock, RabbitTemplateConfigurer configurer) {
        var rabbit = new RabbitTemplate();
        // Boot's spring.rabbitmq.template.*, as for the template Boot makes, but no observation: the publisher writes
        // the stored trace into the message itself, and a span per send cost the relay half its CPU
        configurer.configure(rabbit, connectionFactory);
        rabbit.setObservationEnabled(false);
        rabbit.setMandatory(true);
        rabbit.setUsePublisherConnection(true);
        return new ConfirmedAmqpPublisher(rabbit, properties.confirmTimeout(), clock);
    }

    /** With Micrometer Tracing, what carries each publication's trace through the outbox; else nothing. */
    @Bean
    OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        var available = tracer.getIfAvailable();
        var propagation = propagator.getIfAvailable();
        return available != null && propagation != null ? new OutboxTracing(available, propagation)
                : OutboxTracing.none();
    }

    @Bean
    PublicationTable publicationTable(JdbcClient jdbc, OutboxProperties properties, Clock clock,
                                      OutboxInstance instance) {
        return new PublicationTable(jdbc, properties.schema(), clock, instance);
    }

    @Bean
    BatchedRelay batchedRelay(PublicationTable table, ConfirmedAmqpPublisher publisher, EventSerializer serializer,
                              OutboxProperties properties) {
        return new BatchedRelay(table, publisher, serializer, OUTBOX_TARGETS, properties);
    }

    @Bean
    OutboxAppender outboxAppender(PublicationTable table, EventSerializer serializer, BatchedRelay relay,
                                  OutboxTracing tracing) {
        return new OutboxAppender(table, serializer, OUTBOX_TARGETS, relay, tracing);
    }

    @Bean
    OutboxInstance outboxInstance(OutboxProperties properties) {
        return OutboxInstance.named(properties.instanceId());
    }

    @Bean
    InstanceLeases instanceLeases(JdbcClient jdbc, OutboxInstance instance, OutboxProperties properties) {
        return new InstanceLeases(jdbc, instance, properties);
    }

    @Bean
    OutboxHousekeeping outboxHousekeeping(JdbcClient jdbc, OutboxProperties properties) {
        return new OutboxHousekeeping(jdbc, properties);
    }

}
