package com.gozon.dev;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/**
 * The settings {@code gozon.dev.*}: where the development servers keep their data and which ports they take (0: any
 * free port). The defaults are those of {@code ./mvnw spring-boot:test-run}; the tests override them.
 *
 * @param persistentBroker whether the broker keeps messages on disk (Derby) so that a crash loses none
 */
record DevServicesSettings(
        @DefaultValue(".data") Path dataDir,
        @DefaultValue("15432") int postgresPort,
        @DefaultValue("15673") int brokerPort,
        @DefaultValue("gozon") String database,
        @DefaultValue("true") boolean persistentBroker) {

    static final String PREFIX = "gozon.dev";

    static DevServicesSettings from(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, DevServicesSettings.class);
    }
}
