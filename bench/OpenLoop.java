import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: POST /api/orders at a fixed arrival rate, each request sent at its scheduled moment
 * whether or not the earlier ones were answered (wrk keeps a fixed number of connections, so a slow server slows it
 * down: closed loop). The HTTP latency is counted from the scheduled moment, so a stalled sender shows in it.
 * <p>
 * java OpenLoop.java BASE_URL TOKENS_FILE RATE_PER_SECOND SECONDS [WARM_UP_SECONDS]
 * <p>
 * With a warm-up, it first sends at the same rate for that long, unmeasured, and prints when the measured part began
 * ({@code measured_from_epoch_ms}), from which the orders' own times are taken.
 */
public class OpenLoop {

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var tokens = Files.readAllLines(Path.of(args[1]));
        var rate = Double.parseDouble(args[2]);
        var seconds = Double.parseDouble(args[3]);
        var warmUpSeconds = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var uri = URI.create(base + "/api/orders");
        if (warmUpSeconds > 0) {
            // this JVM's own start (class loading, its compiler, the connection pool growing) is not the shop's latency
            send(client, uri, tokens, rate, warmUpSeconds);
        }
        var measuredFrom = System.currentTimeMillis();
        var run = send(client, uri, tokens, rate, seconds);
        List<Long> sorted = new ArrayList<>(run.latencies());
        Collections.sort(sorted);
        System.out.printf("measured_from_epoch_ms=%d sent=%d seconds=%.2f offered_rate=%.1f created=%d failed=%d"
                        + " http_p50_ms=%.1f http_p99_ms=%.1f%n",
                measuredFrom, sorted.size(), run.sentIn(), sorted.size() / run.sentIn(), run.created(), run.failed(),
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    record Run(List<Long> latencies, double sentIn, int created, int failed) {
    }

    /** Sends at the rate for the seconds given, each request at its scheduled moment; returns once all are answered. */
    private static Run send(HttpClient client, URI uri, List<String> tokens, double rate, double seconds)
            throws InterruptedException {
        var total = (int) Math.round(rate * seconds);
        var latencies = Collections.synchronizedList(new ArrayList<Long>(total));
        var created = new AtomicInteger();
        var failed = new AtomicInteger();
        var done = new CountDownLatch(total);
        var periodNanos = (long) (1e9 / rate);
        var start = System.nanoTime();
        for (var i = 0; i < total; i++) {
            var scheduled = start + i * periodNanos;
            var wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            var token = tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
            var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":1.00,\"description\":\"bench\"}")).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                latencies.add(System.nanoTime() - scheduled);
                if (error == null && response.statusCode() == 201) {
                    created.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
                done.countDown();
            });
        }
        var sentIn = (System.nanoTime() - start) / 1e9;
        done.await();
        return new Run(latencies, sentIn, created.get(), failed.get());
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
