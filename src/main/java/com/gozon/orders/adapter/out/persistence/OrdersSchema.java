package com.gozon.orders.adapter.out.persistence;

import com.gozon.inbox.InboxTable;
import com.gozon.operations.migrations.SchemaMigration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;

/** Migrates the schema {@code orders}, which only this module reads and writes, and names its inbox table. */
@Configuration(proxyBeanMethods = false)
class OrdersSchema {

    static final String NAME = "orders";

    @Bean
    FlywayMigrationInitializer ordersSchemaMigration(DataSource dataSource, Environment environment) {
        return new FlywayMigrationInitializer(SchemaMigration.of(NAME, "classpath:db/" + NAME, dataSource,
                environment));
    }

    /** The inbox table, for the infrastructure's housekeeping to purge. */
    @Bean
    InboxTable ordersInboxTable() {
        return new InboxTable(NAME + ".inbox_message");
    }
}
