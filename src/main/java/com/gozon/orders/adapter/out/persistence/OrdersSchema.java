package com.gozon.orders.adapter.out.persistence;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import javax.sql.DataSource;

/** Migrates the schema {@code orders}, which only this module reads and writes, and its entities and
 * repositories: a process that runs without this module knows none of them. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = OrdersSchema.class)
@EnableJpaRepositories(basePackageClasses = OrdersSchema.class)
class OrdersSchema {

    static final String NAME = "orders";

    @Bean
    FlywayMigrationInitializer ordersSchemaMigration(DataSource dataSource) {
        return new FlywayMigrationInitializer(Flyway.configure()
                .dataSource(dataSource)
                .schemas(NAME)
                .createSchemas(true)
                .locations("classpath:db/" + NAME)
                .load());
    }
}
