package com.gozon.operations.migrations;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A module's migration runs on the shop's data source, unless {@code spring.flyway.url} names another database. */
class SchemaMigrationTest {

    final DriverManagerDataSource shopDatabase = new DriverManagerDataSource("jdbc:postgresql://pgbouncer:6432/gozon");

    @Test
    void migratesOnTheShopsDataSourceByDefault() {
        var flyway = SchemaMigration.of("orders", "classpath:db/orders", shopDatabase, new MockEnvironment());

        assertThat(flyway.getConfiguration().getDataSource()).isSameAs(shopDatabase);
        assertThat(flyway.getConfiguration().getSchemas()).containsExactly("orders");
    }

    @Test
    void migratesOnTheDatabaseThatSpringFlywayUrlNamesWithTheDataSourcesUser() {
        var environment = new MockEnvironment()
                .withProperty("spring.flyway.url", "jdbc:postgresql://postgres:5432/gozon")
                .withProperty("spring.datasource.username", "shop")
                .withProperty("spring.datasource.password", "secret");

        var flyway = SchemaMigration.of("orders", "classpath:db/orders", shopDatabase, environment);

        assertThat(flyway.getConfiguration().getUrl()).isEqualTo("jdbc:postgresql://postgres:5432/gozon");
        assertThat(flyway.getConfiguration().getUser()).isEqualTo("shop");
        assertThat(flyway.getConfiguration().getPassword()).isEqualTo("secret");
    }

    @Test
    void springFlywayUserAndPasswordComeFirst() {
        var environment = new MockEnvironment()
                .withProperty("spring.flyway.url", "jdbc:postgresql://postgres:5432/gozon")
                .withProperty("spring.flyway.user", "migrator")
                .withProperty("spring.flyway.password", "other")
                .withProperty("spring.datasource.username", "shop");

        var flyway = SchemaMigration.of("orders", "classpath:db/orders", shopDatabase, environment);

        assertThat(flyway.getConfiguration().getUser()).isEqualTo("migrator");
        assertThat(flyway.getConfiguration().getPassword()).isEqualTo("other");
    }
}
