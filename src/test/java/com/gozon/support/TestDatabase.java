package com.gozon.support;

import com.gozon.dev.DevServices;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Profiles;

import java.sql.DriverManager;
import java.sql.SQLException;

/** Creates the test database on the configured external PostgreSQL server when it does not exist yet. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    /** Before the start-up check of the external services, which would otherwise find no database. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.acceptsProfiles(Profiles.of(DevServices.PROFILE))) {
            return;
        }
        var url = environment.getRequiredProperty("spring.datasource.url");
        var name = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        var serverUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (var connection = DriverManager.getConnection(serverUrl,
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + serverUrl + " to prepare " + name, e);
        }
    }
}
