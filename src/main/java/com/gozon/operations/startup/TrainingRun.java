package com.gozon.operations.startup;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The profile {@code training} ({@code application-training.yaml}): a training run for a CDS archive or an AOT cache
 * builds the whole context without a database, so each schema migration is created, as in a real start, but not run.
 */
@Configuration(proxyBeanMethods = false)
@Profile("training")
class TrainingRun {

    @Bean
    static BeanPostProcessor schemaMigrationsNotRun() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                return bean instanceof FlywayMigrationInitializer
                        ? new FlywayMigrationInitializer(Flyway.configure().load(), flyway -> { })
                        : bean;
            }
        };
    }
}
