package com.gozon.dev;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The development PostgreSQL and AMQP broker of this JVM: started once, in the background and in parallel, while the
 * application context is being built; shared by every application context of the JVM (a test run has several), and
 * stopped when the last of them closes. Their ports are fixed before they start, so that configuration can name them
 * at once; whoever connects first to one of them waits for it ({@link #awaitPostgres()}, {@link #awaitBroker()}).
 */
final class EmbeddedServers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServers.class);

    private static EmbeddedServers running;
    private static int users;

    private final DataFolderLock dataFolder;
    private final int postgresPort;
    private final int brokerPort;
    private final CompletableFuture<EmbeddedPostgresServer> postgres;
    private final CompletableFuture<EmbeddedQpidBroker> broker;

    private EmbeddedServers(DevServicesSettings settings) {
        var dataDir = settings.dataDir();
        this.dataFolder = DataFolderLock.acquire(dataDir);
        this.postgresPort = LoopbackPorts.givenOrFree(settings.postgresPort());
        this.brokerPort = LoopbackPorts.givenOrFree(settings.brokerPort());
        this.postgres = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedPostgresServer.start(postgresPort, dataDir.resolve("postgres"),
                        dataDir.resolve("postgres-bin"));
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
        this.broker = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedQpidBroker.start(brokerPort, dataDir.resolve("broker"), "guest", "guest",
                        settings.persistentBroker());
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** The servers of this JVM, starting on first use with the given settings. */
    static synchronized EmbeddedServers acquire(DevServicesSettings settings) {
        if (running == null) {
            running = new EmbeddedServers(settings);
        }
        users++;
        return running;
    }

    static synchronized void release() {
        if (--users == 0 && running != null) {
            running.stop();
            running = null;
        }
    }

    /** The servers of this JVM, if they run. */
    static synchronized EmbeddedServers current() {
        return running;
    }

    int postgresPort() {
        return postgresPort;
    }

    int brokerPort() {
        return brokerPort;
    }

    /** Blocks until PostgreSQL accepts connections; fails when it could not start. */
    void awaitPostgres() {
        await(postgres, "PostgreSQL");
    }

    /** Blocks until the broker accepts connections; fails when it could not start. */
    void awaitBroker() {
        await(broker, "AMQP broker");
    }

    private static void await(CompletableFuture<?> server, String name) {
        try {
            server.join();
        } catch (CompletionException e) {
            var cause = e.getCause() instanceof CompletionException nested ? nested.getCause() : e.getCause();
            throw new IllegalStateException("The development " + name + " failed to start: " + cause.getMessage(),
                    cause);
        }
    }

    /** Creates the database unless it exists; PostgreSQL must be ready. */
    void ensureDatabase(String name) {
        var url = "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
        try {
            Databases.ensure(url, "postgres", "", name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name + " in the development PostgreSQL", e);
        }
    }

    private void stop() {
        broker.thenAccept(EmbeddedServers::closeQuietly);
        postgres.thenAccept(EmbeddedServers::closeQuietly);
        CompletableFuture.allOf(postgres, broker).exceptionally(failure -> null).join();
        closeQuietly(dataFolder);
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            log.warn("Stopping {} failed: {}", server.getClass().getSimpleName(), e.getMessage());
        }
    }
}
