package com.gozon.operations.migrations;

import org.flywaydb.core.Flyway;
import org.springframework.core.env.Environment;
import org.springframework.modulith.NamedInterface;

import javax.sql.DataSource;

/**
 * A module's schema, migrated by a Flyway of its own (ADR 0004): on the shop's data source, or on the database that
 * {@code spring.flyway.url} names (with {@code spring.flyway.user} and {@code spring.flyway.password}, else the data
 * source's user and password), as Spring Boot's own Flyway would. Behind a pooler in transaction mode migrations need
 * that URL: Flyway sets the {@code search_path} for the session before it migrates, and a pooler may run the migration
 * on another server connection (ADR 0026).
 */
@NamedInterface("migrations")
public final class SchemaMigration {

    private SchemaMigration() {
    }

    /** A Flyway that creates the schema when missing and applies the migrations found at {@code location}. */
    public static Flyway of(String schema, String location, DataSource dataSource, Environment environment) {
        var configuration = Flyway.configure().schemas(schema).createSchemas(true).locations(location);
        var url = environment.getProperty("spring.flyway.url");
        if (url == null || url.isBlank()) {
            return configuration.dataSource(dataSource).load();
        }
        return configuration.dataSource(url,
                environment.getProperty("spring.flyway.user", environment.getProperty("spring.datasource.username")),
                environment.getProperty("spring.flyway.password",
                        environment.getProperty("spring.datasource.password"))).load();
    }
}
