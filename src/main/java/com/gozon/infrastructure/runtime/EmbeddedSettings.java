package com.gozon.infrastructure.runtime;

import org.springframework.core.env.Environment;

/**
 * Where the embedded servers keep their data and which ports they take (0: any free port).
 *
 * @param persistentBroker whether the broker keeps messages on disk (Derby) so that a crash loses none
 */
record EmbeddedSettings(String dataDir, int postgresPort, int brokerPort, String database, boolean persistentBroker) {

    static EmbeddedSettings from(Environment environment) {
        return new EmbeddedSettings(
                environment.getProperty("gozon.embedded.data-dir", ".data"),
                environment.getProperty("gozon.embedded.postgres-port", Integer.class, 15432),
                environment.getProperty("gozon.embedded.broker-port", Integer.class, 15673),
                environment.getProperty("gozon.embedded.database", "gozon"),
                environment.getProperty("gozon.embedded.persistent-broker", Boolean.class, true));
    }
}
