package com.gozon.orders.adapter.out.persistence;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** Migrates the schema {@code orders}, which only this module reads and writes. */
@Configuration(proxyBeanMethods = false)
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
