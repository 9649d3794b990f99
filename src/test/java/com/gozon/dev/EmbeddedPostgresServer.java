package com.gozon.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real PostgreSQL (zonky embedded binaries) started from the JVM, on a fixed port, with a persistent
 * data directory, durable settings (fsync/synchronous_commit/full_page_writes on), and recovery from a
 * postmaster left running by a JVM that died with kill -9.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** zonky's own lock file inside the data directory, held (fcntl lock) by the JVM that runs the server. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration STALE_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param port        TCP port (localhost only)
     * @param dataDir     persistent cluster directory, e.g. ./.data/postgres (created + initdb'd on first start).
     *                    Must NOT be a direct child of java.io.tmpdir/embedded-pg (zonky deletes stale dirs there).
     * @param binariesDir where zonky unpacks the PostgreSQL binaries (PG-&lt;md5&gt; sub-folder), e.g. ./.data/postgres-bin
     */
    static EmbeddedPostgresServer start(int port, Path dataDir, Path binariesDir) throws IOException {
        var stopwatch = Stopwatch.start();
        Path data = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(data);
        Files.createDirectories(binariesDir);

        stopStaleServer(data);
        LoopbackPorts.requireFree(port);

        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data.toFile())
                .setCleanDataDirectory(false)                 // keep data between runs (default: true = wipe!)
                .setOverrideWorkingDirectory(binariesDir.toAbsolutePath().toFile())
                .setPGStartupWait(Duration.ofSeconds(60))     // default 10 s is short for crash recovery
                // stopped by EmbeddedServers after the last application context closed, not by a JVM hook racing it
                .setRegisterShutdownHook(false)
                .setLocaleConfig("locale", "C")               // initdb --locale=C (+ -E UTF-8 from zonky)
                // zonky starts postgres with "-F" (= fsync off) and synchronous_commit=off; "-c" given after -F win
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                // no unix socket: otherwise /tmp/.s.PGSQL.<port>.lock (holding the old postmaster pid) blocks the
                // restart after a crash exactly like a stale postmaster.pid; JDBC and pg_ctl -w only need TCP/pid file
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "100")    // zonky default is 300
                .start();
        log.info("Development PostgreSQL {} ready on localhost:{} in {}, data in {}",
                majorVersion(data), port, stopwatch, data);
        return new EmbeddedPostgresServer(pg);
    }

    /** The version initdb wrote into the cluster: the one that serves it. */
    private static String majorVersion(Path data) throws IOException {
        return Files.readString(data.resolve("PG_VERSION"), StandardCharsets.UTF_8).trim();
    }

    /** pg_ctl stop -m fast (zonky waits at most 5 s). */
    @Override
    public void close() throws IOException {
        postgres.close();
    }

    // ---------------------------------------------------------------- stale server recovery

    /**
     * If a previous JVM using this data directory died (kill -9, OOM-kill...), its postmaster is still running,
     * holding the port and the data directory. Stop it (fast shutdown = SIGINT, like pg_ctl stop -m fast),
     * then kill any orphan postgres process still rooted in the data directory.
     */
    private static void stopStaleServer(Path data) throws IOException {
        // 1. If a LIVE JVM holds zonky's lock on this data dir, the server is not stale: refuse, never kill it.
        File lockFile = data.resolve(ZONKY_LOCK_FILE).toFile();
        if (lockFile.exists()) {
            try (RandomAccessFile raf = new RandomAccessFile(lockFile, "rw");
                 FileChannel ch = raf.getChannel()) {
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    throw new IllegalStateException("PostgreSQL data dir " + data + " already in use in this JVM");
                }
                if (l == null) {
                    throw new IllegalStateException("PostgreSQL data dir " + data
                            + " is in use by another live process (lock on " + lockFile + ")");
                }
                l.release();
            }
        }

        // 2. postmaster.pid: line1 = pid, line2 = data dir, line4 = port
        Path pidFile = data.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = lines.isEmpty() ? -1 : parseLong(lines.get(0).trim());
            if (pid > 0 && isPostgresOf(pid, data)) {   // live (a zombie has no cwd), postgres, this data dir
                log.warn("Found stale PostgreSQL postmaster pid {} (port {}) for {}: stopping it (fast shutdown)",
                        pid, lines.size() > 3 ? lines.get(3).trim() : "?", data);
                long t0 = System.nanoTime();
                signal(pid, "INT");   // fast shutdown: rolls back open tx, checkpoints, exits
                if (!waitForExit(pid, pidFile, STALE_STOP_TIMEOUT)) {
                    log.warn("Stale postmaster {} did not stop in {}; sending SIGQUIT (immediate shutdown)",
                            pid, STALE_STOP_TIMEOUT);
                    signal(pid, "QUIT"); // immediate: crash recovery (WAL replay) on next start
                    if (!waitForExit(pid, pidFile, Duration.ofSeconds(10))) {
                        throw new IllegalStateException("Could not stop stale postmaster " + pid + " of " + data);
                    }
                }
                log.warn("Stale postmaster {} stopped in {} ms", pid, (System.nanoTime() - t0) / 1_000_000);
            }
        }

        // 3. Orphans: children of a postmaster that was itself SIGKILLed normally exit by themselves, but one that is
        //    stuck keeps the old shared memory attached and postgres refuses to start: kill whatever postgres process
        //    still has its cwd in this data directory.
        List<Long> orphans = postgresProcessesOf(data);
        for (long orphan : orphans) {
            log.warn("Killing orphan postgres process {} of {}", orphan, data);
            signal(orphan, "KILL");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!orphans.isEmpty() && !(orphans = postgresProcessesOf(data)).isEmpty()) { // zombies have no cwd
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Orphan postgres processes " + orphans + " of " + data + " survive");
            }
            sleep(50);
        }

        // 4. postmaster.pid still there = its postmaster died without cleanup and no process of this cluster is left.
        //    Postgres itself refuses to start while that pid is "alive" (kill(pid,0) succeeds), which happens when
        //    the killed postmaster is a not-yet-reaped zombie or the pid was reused by another process: remove it.
        if (Files.exists(pidFile)) {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            log.warn("Removing stale {} (pid {}: {})", pidFile, first, describe(parseLong(first)));
            Files.delete(pidFile);
        }
    }

    private static String describe(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'Z' ? "zombie" : "alive, now " + stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        } catch (IOException | RuntimeException e) {
            return "not running";
        }
    }

    /** A postgres process of THIS cluster: /proc/PID/comm == postgres and its cwd is the data dir (postmaster and
     *  all its children chdir to the data directory). */
    private static boolean isPostgresOf(long pid, Path data) {
        try {
            String comm = Files.readString(Path.of("/proc", Long.toString(pid), "comm")).trim();
            if (!comm.startsWith("postgres")) {
                return false;
            }
            Path cwd = Path.of("/proc", Long.toString(pid), "cwd").toRealPath();
            return cwd.equals(data.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<Long> postgresProcessesOf(Path data) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString())
                    .filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .filter(pid -> pid != ProcessHandle.current().pid())
                    .filter(pid -> isPostgresOf(pid, data))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean waitForExit(long pid, Path pidFile, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (isGone(pid) && !Files.exists(pidFile)) {
                return true;
            }
            sleep(50);
        }
        return isGone(pid);
    }

    /** Exited = no /proc entry, or a zombie not yet reaped by init (we are not its parent). */
    private static boolean isGone(long pid) {
        String state = describe(pid);
        return state.equals("zombie") || state.equals("not running");
    }

    /** Java can only send SIGTERM/SIGKILL itself (ProcessHandle.destroy*), so use /usr/bin/kill. */
    private static void signal(long pid, String sig) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
