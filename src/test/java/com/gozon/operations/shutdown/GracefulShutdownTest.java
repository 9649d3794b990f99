package com.gozon.operations.shutdown;

import com.gozon.dev.LoopbackPorts;
import com.gozon.dev.PrivateServers;
import com.gozon.support.AwaitilityDefaults;
import com.gozon.support.HttpApi;
import com.gozon.support.TestTokens;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

/**
 * A shop stopped with SIGTERM while it takes orders, as an orchestrator stops it, beside a second shop that keeps
 * running: the stopping one refuses readiness, finishes what it holds and exits within its shutdown timeout; every
 * order that was answered 201 is settled (PAID or FAILED) with exactly one debit when paid, and it leaves no
 * publication in flight under its name, nor a lease, so that nobody waits for a takeover (ADR 0027).
 * <p>
 * Both shops are the production application in JVMs of their own, on a PostgreSQL and a broker of this test's own
 * ({@link PrivateServers}), so that no other consumer of this JVM takes their messages; so it runs in the development
 * suite only, not again in the external one.
 */
@ExtendWith(AwaitilityDefaults.class)
@DisabledIf(value = "com.gozon.support.TestInfrastructure#isExternal",
        disabledReason = "runs on servers of its own, whatever the infrastructure: the development suite runs it")
class GracefulShutdownTest {

    private static final Path WORK = Path.of("target/graceful-shutdown");
    private static final String DATABASE = "gozon_shutdown";
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(60);

    static PrivateServers servers;
    static JdbcClient jdbc;
    static Shop stopping;
    static Shop staying;

    @BeforeAll
    static void startTwoShops() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        servers = PrivateServers.start(WORK.resolve("servers"), DATABASE);
        jdbc = JdbcClient.create(new DriverManagerDataSource(servers.postgresUrl(DATABASE), "postgres", ""));
        // together: Flyway's lock lets one migrate while the other waits
        stopping = Shop.start("shop-a", servers);
        staying = Shop.start("shop-b", servers);
        stopping.awaitReady();
        staying.awaitReady();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (var shop : new Shop[] {stopping, staying}) {
            if (shop != null) {
                shop.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void sigtermUnderLoadLosesNothingAndLeavesNothingForATakeover() throws Exception {
        var users = Stream.generate(() -> new HttpApi(stopping.port)).limit(8).toList();
        for (var user : users) {
            user.openAccount();
            user.topUp(user.userId(), "300.00");
        }
        var placed = new ConcurrentLinkedQueue<String>();
        var clients = Executors.newFixedThreadPool(users.size());
        for (var user : users) {
            clients.submit(() -> placeOrdersUntilRefused(user, placed));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> placed.size() >= 150);
        var signalled = System.nanoTime();
        var signalledAt = Instant.now();
        stopping.process.destroy(); // SIGTERM
        var readinessRefused = stopping.readinessRefusedWhileStopping();
        var exited = stopping.process.waitFor(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS);
        var stoppedIn = Duration.ofNanos(System.nanoTime() - signalled);
        var leftInFlight = inFlightClaimedBy("shop-a");
        var leaseLeft = jdbc.sql("select count(*) from outbox.instance_lease where instance_id = 'shop-a'")
                .query(Integer.class).single();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(exited).as("exited within %s", SHUTDOWN_LIMIT).isTrue();
        var stoppingLog = stopping.log();
        var takenOverSinceTheSignal = staying.takeoversSince(signalledAt);
        assertSoftly(stop -> {
            stop.assertThat(leftInFlight).as("publications left in flight under the stopped instance's name")
                    .isZero();
            stop.assertThat(leaseLeft).as("the stopped instance's lease").isZero();
            stop.assertThat(readinessRefused).as("readiness refused before the port closed").isTrue();
            // 143: the JVM's status after SIGTERM once its shutdown hooks ran
            stop.assertThat(stopping.process.exitValue()).isEqualTo(143);
            stop.assertThat(stoppingLog).contains("Graceful shutdown complete", "Outbox lease of shop-a released")
                    .doesNotContain("Exception in thread");
            // before it, a heartbeat late under load may let the other take over (ADR 0014); not during the stop
            stop.assertThat(takenOverSinceTheSignal).as("takeovers by the staying instance during the stop").isEmpty();
        });

        var orders = List.copyOf(placed);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(statuses(orders).values()).hasSize(orders.size()).allMatch(
                        status -> status.equals("PAID") || status.equals("FAILED")));
        assertExactlyOneDebitPerPaidOrder(orders);
        assertThat(staying.takeoversSince(signalledAt)).as("takeovers by the staying instance since the stop").isEmpty();
        System.out.printf("%d orders placed, %d of them after the SIGTERM was sent; stopped in %d ms%n",
                orders.size(), orders.size() - placedBefore(orders, signalled), stoppedIn.toMillis());
    }

    private static void placeOrdersUntilRefused(HttpApi user, ConcurrentLinkedQueue<String> placed) {
        var amounts = new String[] {"1.00", "2.50", "7.00", "11.00", "60.00"};
        for (var i = 0; i < 5_000; i++) {
            try {
                var answer = user.placeOrder(user.userId(), amounts[i % amounts.length]);
                if (answer.status() == 201) {
                    placed.add(answer.json().get("orderId").asString() + "@" + System.nanoTime());
                }
            } catch (RuntimeException e) {
                // the port closed: the stopping shop takes no more requests
                return;
            }
        }
    }

    private static long placedBefore(List<String> orders, long moment) {
        return orders.stream().filter(order -> Long.parseLong(order.substring(order.indexOf('@') + 1)) < moment)
                .count();
    }

    private static int inFlightClaimedBy(String instance) {
        return jdbc.sql("select count(*) from outbox.event_publication where completion_date is null"
                        + " and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED') and claimed_by = ?")
                .param(instance).query(Integer.class).single();
    }

    private static Map<String, String> statuses(List<String> orders) {
        return jdbc.sql("select id::text, status from orders.orders where id = any(?::uuid[])")
                .param(ids(orders))
                .query((row, number) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void assertExactlyOneDebitPerPaidOrder(List<String> orders) {
        var statuses = statuses(orders);
        var payments = countsBy("select order_id::text, count(*) from payments.payment"
                + " where order_id = any(?::uuid[]) group by order_id", orders);
        var debits = countsBy("select order_id::text, count(*) from payments.ledger_entry where kind = 'DEBIT'"
                + " and order_id = any(?::uuid[]) group by order_id", orders);
        for (var order : statuses.keySet()) {
            assertThat(payments.getOrDefault(order, 0)).as("payments of order %s", order).isEqualTo(1);
            assertThat(debits.getOrDefault(order, 0)).as("debits of %s order %s", statuses.get(order), order)
                    .isEqualTo(statuses.get(order).equals("PAID") ? 1 : 0);
        }
    }

    private static Map<String, Integer> countsBy(String sql, List<String> orders) {
        return jdbc.sql(sql).param(ids(orders))
                .query((row, number) -> Map.entry(row.getString(1), row.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String ids(List<String> orders) {
        return orders.stream().map(order -> order.substring(0, order.indexOf('@')))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The production application ({@code GozonApplication}, role all) in a JVM of its own. */
    record Shop(String instance, int port, Process process, Path logFile) {

        private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        static Shop start(String instance, PrivateServers servers) throws IOException {
            var port = LoopbackPorts.free();
            var logFile = WORK.resolve(instance + ".log");
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx512m",
                    "-cp", productionClasspath(), "com.gozon.GozonApplication",
                    "--server.port=" + port,
                    "--spring.datasource.url=" + servers.postgresUrl(DATABASE),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--spring.rabbitmq.host=localhost", "--spring.rabbitmq.port=" + servers.brokerPort(),
                    "--spring.rabbitmq.username=guest", "--spring.rabbitmq.password=guest",
                    // Qpid Broker-J refuses a quorum queue's arguments (application-dev.yaml says the same)
                    "--gozon.inbox.queue-type=classic",
                    "--gozon.infrastructure.check=false",
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                            + Path.of("src/test/resources/dev/issuer-public.pem").toAbsolutePath(),
                    "--gozon.security.token-issuer=" + TestTokens.ISSUER,
                    "--gozon.rate-limit.enabled=false",
                    "--gozon.outbox.instance-id=" + instance,
                    "--logging.level.com.gozon=INFO"));
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("GOZON_"));
            return new Shop(instance, port, builder.start(), logFile);
        }

        void awaitReady() {
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).until(() -> {
                assertThat(process.isAlive()).as("%s is running; its log: %s", instance, logFile).isTrue();
                return probe("/readyz") == 200 && probe("/livez") == 200;
            });
        }

        /** Polls readiness from the signal on: true once it answered 503 while the port was still open. */
        boolean readinessRefusedWhileStopping() {
            try {
                return await().atMost(SHUTDOWN_LIMIT).pollInterval(Duration.ofMillis(20))
                        .until(() -> process.isAlive() ? probe("/readyz") : -1, status -> status == 503 || status < 0)
                        == 503;
            } catch (ConditionTimeoutException e) {
                return false;
            }
        }

        /** The status of an anonymous GET, or -1 when the port does not answer. */
        int probe(String path) {
            try {
                return PROBE.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        /** The lines where this shop took over another's publications, logged after the given moment. */
        List<String> takeoversSince(Instant moment) throws IOException {
            return log().lines().filter(line -> line.contains("Took over"))
                    .filter(line -> OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toInstant()
                            .isAfter(moment))
                    .toList();
        }

        /** This JVM's classpath without the test classes: nothing of the test side is scanned or configured. */
        private static String productionClasspath() {
            return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
        }

    }
}
