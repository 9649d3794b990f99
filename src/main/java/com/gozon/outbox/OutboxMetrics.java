package com.gozon.outbox;

import com.gozon.operations.metrics.MetricsProperties;
import com.gozon.operations.metrics.RunningModules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import java.time.Clock;

/** The outbox gauges of the modules this process runs, refreshed on a schedule (adr/0018-observability.md). */
@Configuration(proxyBeanMethods = false)
class OutboxMetrics {

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc, OutboxProperties outbox, RunningModules modules, Clock clock) {
        return new OutboxBacklog(jdbc, outbox.schema(), modules, clock);
    }

    @Bean
    SchedulingConfigurer outboxBacklogRefresh(OutboxBacklog outbox, MetricsProperties properties) {
        return registrar -> registrar.addFixedDelayTask(outbox::refresh, properties.refreshInterval());
    }
}
