package com.gozon.inbox;

import com.gozon.operations.metrics.MetricsProperties;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/** The depth of this process's parking queues, refreshed on a schedule (adr/0018-observability.md). */
@Configuration(proxyBeanMethods = false)
class ParkingMetrics {

    @Bean
    ParkingQueueDepth parkingQueueDepth(AmqpAdmin admin, ParkedMessages parked) {
        return new ParkingQueueDepth(admin, parked.queues());
    }

    @Bean
    SchedulingConfigurer parkingQueueDepthRefresh(ParkingQueueDepth parking, MetricsProperties properties) {
        return registrar -> registrar.addFixedDelayTask(parking::refresh, properties.refreshInterval());
    }
}
