package com.gozon.outbox;

import com.gozon.operations.metrics.RunningModules;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Each running module's outbox as an operator pages on it: how many publications are incomplete, how many of them
 * failed, and how old the oldest incomplete one is. One query over the incomplete rows alone (the partial index
 * {@code event_publication_incomplete}), grouped by event type, on a schedule: a scrape reads the last result, and the
 * cost follows the backlog, not the registry's history. A module is known by its event types' package. Before the
 * first reading, and while the database does not answer, the gauges show NaN rather than a reassuring zero.
 */
class OutboxBacklog implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);
    private static final Backlog UNKNOWN = new Backlog(Double.NaN, Double.NaN, null);

    private final JdbcClient jdbc;
    private final String table;
    private final RunningModules modules;
    private final Clock clock;
    private volatile @Nullable Map<String, Backlog> byModule;
    private volatile boolean failing;

    OutboxBacklog(JdbcClient jdbc, String schema, RunningModules modules, Clock clock) {
        this.jdbc = jdbc;
        this.table = schema + ".event_publication";
        this.modules = modules;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var module : modules.names()) {
            gauge(registry, "gozon.outbox.incomplete", module, Backlog::incomplete,
                    "Publications of the module's outbox that the broker has not yet confirmed");
            gauge(registry, "gozon.outbox.failed", module, Backlog::failed,
                    "Incomplete publications whose last attempt failed; they are resubmitted with backoff");
            TimeGauge.builder("gozon.outbox.oldest.incomplete.age", () -> age(backlog(module)), TimeUnit.SECONDS)
                    .tag("module", module)
                    .description("How long the oldest incomplete publication of the module has waited; 0 if none")
                    .register(registry);
        }
    }

    void refresh() {
        try {
            var counted = new HashMap<String, Backlog>();
            modules.names().forEach(module -> counted.put(module, new Backlog(0, 0, null)));
            jdbc.sql("select event_type, count(*) as incomplete, count(*) filter (where status = 'FAILED') as failed,"
                            + " min(publication_date) as oldest from " + table + " where completion_date is null"
                            + " group by event_type")
                    .query((row, number) -> new TypeBacklog(row.getString("event_type"), new Backlog(
                            row.getLong("incomplete"), row.getLong("failed"),
                            row.getObject("oldest", OffsetDateTime.class).toInstant())))
                    .list()
                    .forEach(type -> modules.moduleOf(type.eventType())
                            .ifPresent(module -> counted.merge(module, type.backlog(), Backlog::plus)));
            byModule = Map.copyOf(counted);
            if (failing) {
                log.info("The outbox backlog can be read again");
                failing = false;
            }
        } catch (DataAccessException e) {
            byModule = null;
            if (!failing) {
                log.warn("Cannot read the outbox backlog, its gauges show NaN until it can: {}", e.getMessage());
                failing = true;
            }
        }
    }

    private void gauge(MeterRegistry registry, String name, String module, ToDoubleFunction<Backlog> value,
                       String description) {
        Gauge.builder(name, () -> value.applyAsDouble(backlog(module)))
                .tag("module", module)
                .description(description)
                .register(registry);
    }

    private Backlog backlog(String module) {
        var current = byModule;
        return current == null ? UNKNOWN : current.getOrDefault(module, UNKNOWN);
    }

    private double age(Backlog backlog) {
        if (Double.isNaN(backlog.incomplete())) {
            return Double.NaN;
        }
        var oldest = backlog.oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private record TypeBacklog(String eventType, Backlog backlog) {
    }

    private record Backlog(double incomplete, double failed, @Nullable Instant oldest) {

        Backlog plus(Backlog other) {
            var earliest = oldest == null || (other.oldest != null && other.oldest.isBefore(oldest)) ? other.oldest
                    : oldest;
            return new Backlog(incomplete + other.incomplete, failed + other.failed, earliest);
        }
    }
}
