package com.gozon.support;

import com.gozon.dev.Databases;
import com.gozon.dev.DevServices;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Profiles;

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
        try {
            Databases.ensure(serverUrl, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"), name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + serverUrl + " to prepare " + name, e);
        }
    }
}
