package com.gozon.messaging.metrics;

import com.gozon.operations.metrics.RunningModules;
import com.gozon.operations.metrics.MetricsProperties;
import com.gozon.messaging.inbound.ParkedMessages;
import com.gozon.messaging.outbox.OutboxProperties;
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
class MessagingMetrics {

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc, OutboxProperties outbox, RunningModules modules, Clock clock) {
        return new OutboxBacklog(jdbc, outbox.schema(), modules, clock);
    }

    @Bean
    ParkingQueueDepth parkingQueueDepth(AmqpAdmin admin, ParkedMessages parked) {
        return new ParkingQueueDepth(admin, parked.queues());
    }

    @Bean
    SchedulingConfigurer messagingMetricsRefresh(OutboxBacklog outbox, ParkingQueueDepth parking,
                                                  MetricsProperties properties) {
        return registrar -> registrar.addFixedDelayTask(() -> {
            outbox.refresh();
            parking.refresh();
        }, properties.refreshInterval());
    }
}
