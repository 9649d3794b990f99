package com.gozon.infrastructure.metrics;

import com.gozon.infrastructure.messaging.ParkedMessages;
import com.gozon.infrastructure.outbox.OutboxProperties;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import java.time.Clock;

/** The outbox and parking-queue gauges of the modules this process runs, refreshed together on one schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MetricsProperties.class)
class OperationsMetrics {

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc, OutboxProperties outbox, RunningModules modules, Clock clock) {
        return new OutboxBacklog(jdbc, outbox.schema(), modules, clock);
    }

    @Bean
    ParkingQueueDepth parkingQueueDepth(AmqpAdmin admin, ParkedMessages parked) {
        return new ParkingQueueDepth(admin, parked.queues());
    }

    @Bean
    SchedulingConfigurer operationsMetricsRefresh(OutboxBacklog outbox, ParkingQueueDepth parking,
                                                  MetricsProperties properties) {
        return registrar -> registrar.addFixedDelayTask(() -> {
            outbox.refresh();
            parking.refresh();
        }, properties.refreshInterval());
    }
}
