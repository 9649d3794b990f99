package com.gozon.support;

import com.gozon.dev.LoopbackPorts;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Debian's PgBouncer ({@value #BINARY}) in transaction mode in front of a PostgreSQL, started for a test and stopped
 * after it: its own port, its own configuration in a temporary folder, a server pool of the given size per database
 * and user, as a shop whose instances share one PostgreSQL runs behind it (docs/deployment.md).
 */
public final class PgBouncer implements AutoCloseable {

    public static final String BINARY = "/usr/sbin/pgbouncer";

    private final Process process;
    private final Path folder;
    private final int port;

    private PgBouncer(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    public static boolean isInstalled() {
        return Files.isExecutable(Path.of(BINARY));
    }

    /**
     * Starts PgBouncer in front of the database of the given JDBC URL; clients log in with the given user, whom
     * PgBouncer trusts and logs in to PostgreSQL with the given password.
     */
    public static PgBouncer inFrontOf(String jdbcUrl, String user, String password, int serverPoolSize)
            throws IOException {
        var server = URI.create(jdbcUrl.substring("jdbc:".length()));
        var port = LoopbackPorts.free();
        var folder = Files.createTempDirectory("gozon-pgbouncer",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(folder.resolve("users.txt"), quoted(user) + " " + quoted(password) + "\n");
        Files.writeString(folder.resolve("pgbouncer.ini"), String.join("\n",
                "[databases]",
                "* = host=" + server.getHost() + " port=" + (server.getPort() < 0 ? 5432 : server.getPort()),
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = trust",
                "auth_file = " + folder.resolve("users.txt"),
                "pool_mode = transaction",
                "default_pool_size = " + serverPoolSize,
                "max_client_conn = 200",
                // PgJDBC sends it at start-up; PgBouncer passes on only the parameters it tracks
                "ignore_startup_parameters = extra_float_digits",
                ""));
        var command = new ArrayList<String>();
        command.add(BINARY);
        if ("root".equals(System.getProperty("user.name"))) {
            // PgBouncer refuses to run as root
            command.addAll(List.of("-u", "postgres"));
        }
        command.add(folder.resolve("pgbouncer.ini").toString());
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("pgbouncer.log").toFile())
                .start();
        var pgBouncer = new PgBouncer(process, folder, port);
        pgBouncer.awaitListening(Duration.ofSeconds(10));
        return pgBouncer;
    }

    /** The database behind PgBouncer, with what PgJDBC needs there: no server-side prepared statements. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?prepareThreshold=0";
    }

    private void awaitListening(Duration timeout) throws IOException {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(this::listening);
        } catch (ConditionTimeoutException e) {
            throw new IOException("PgBouncer does not listen on " + port + " after " + timeout);
        }
    }

    /** Whether PgBouncer takes connections; fails when it exited. */
    private boolean listening() throws IOException {
        if (!process.isAlive()) {
            throw new IOException("PgBouncer exited with " + process.exitValue() + ": "
                    + Files.readString(folder.resolve("pgbouncer.log")));
        }
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException notYet) {
            return false;  // PgBouncer is still starting
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
