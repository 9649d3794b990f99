import com.rabbitmq.client.*;
import java.nio.ByteBuffer;
import java.util.*;
import java.util.concurrent.*;

/**
 * The broker's own floor for the latency target: persistent messages with publisher confirms through one durable
 * classic queue (as the shop's), published at a fixed rate, consumed with manual acks and a prefetch of 100; prints the
 * publish -> delivery latency over the measured seconds, after an unmeasured warm-up. Uses the default virtual host
 * as guest (localhost) and a queue probe.latency, deleted at the end. With the client libraries of the shop's jar:
 * <pre>
 * unzip -q -o target/gozon-*[0-9T].jar 'BOOT-INF/lib/*' -d /tmp/gozon-libs
 * java -cp "$(ls /tmp/gozon-libs/BOOT-INF/lib/*.jar | tr '\n' ':')" bench/BrokerLatency.java RATE SECONDS WARM_UP_SECONDS
 * </pre>
 */
public class BrokerLatency {
    public static void main(String[] args) throws Exception {
        double rate = Double.parseDouble(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        var factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        try (var publishing = factory.newConnection(); var consuming = factory.newConnection()) {
            var out = publishing.createChannel();
            out.confirmSelect();
            var in = consuming.createChannel();
            var queue = "probe.latency";
            in.queueDeclare(queue, true, false, false, null);
            in.queuePurge(queue);
            in.basicQos(100);
            var latencies = new ConcurrentLinkedQueue<Long>();
            var measuredFrom = new long[] {Long.MAX_VALUE};
            in.basicConsume(queue, false, (tag, delivery) -> {
                long sent = ByteBuffer.wrap(delivery.getBody()).getLong();
                if (sent >= measuredFrom[0]) latencies.add(System.nanoTime() - sent);
                in.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
            }, tag -> { });
            var props = new AMQP.BasicProperties.Builder().deliveryMode(2).contentType("application/json").build();
            long period = (long) (1e9 / rate);
            long start = System.nanoTime();
            measuredFrom[0] = start + warmUp * 1_000_000_000L;
            long total = (long) (rate * (seconds + warmUp));
            for (long i = 0; i < total; i++) {
                long at = start + i * period;
                long wait = at - System.nanoTime();
                if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
                var body = ByteBuffer.allocate(300).putLong(System.nanoTime()).array();
                out.basicPublish("", queue, true, props, body);
            }
            Thread.sleep(2000);
            var sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("messages=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f over50=%d%n", sorted.size(),
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6, sorted.stream().filter(l -> l > 50_000_000L).count());
            in.queueDelete(queue);
        }
    }
}
