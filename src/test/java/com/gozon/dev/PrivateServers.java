package com.gozon.dev;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A PostgreSQL and an AMQP broker of a test's own, apart from the ones this JVM's application contexts share
 * ({@link EmbeddedServers}): for a test whose shops run in JVMs of their own and must meet no other consumer.
 */
public final class PrivateServers implements AutoCloseable {

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedQpidBroker broker;
    private final int postgresPort;
    private final int brokerPort;

    private PrivateServers(EmbeddedPostgresServer postgres, int postgresPort, EmbeddedQpidBroker broker,
                           int brokerPort) {
        this.postgres = postgres;
        this.postgresPort = postgresPort;
        this.broker = broker;
        this.brokerPort = brokerPort;
    }

    /** Starts both on free ports, with their data in {@code dir} and the database {@code database} created. */
    public static PrivateServers start(Path dir, String database) throws Exception {
        var postgresPort = LoopbackPorts.givenOrFree(0);
        var brokerPort = LoopbackPorts.givenOrFree(0);
        // the binaries unpacked once for every test run of this build
        var postgres = EmbeddedPostgresServer.start(postgresPort, dir.resolve("postgres"),
                Path.of("target/dev/postgres-bin"));
        var broker = EmbeddedQpidBroker.start(brokerPort, dir.resolve("broker"), "guest", "guest", false);
        var servers = new PrivateServers(postgres, postgresPort, broker, brokerPort);
        try {
            Databases.ensure(servers.postgresUrl("postgres"), "postgres", "", database);
        } catch (SQLException e) {
            servers.close();
            throw e;
        }
        return servers;
    }

    public String postgresUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    public int brokerPort() {
        return brokerPort;
    }

    @Override
    public void close() throws Exception {
        try {
            broker.close();
        } finally {
            postgres.close();
        }
    }
}
