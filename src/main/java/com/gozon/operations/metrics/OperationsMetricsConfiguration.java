package com.gozon.operations.metrics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The gauges' common schedule: every module that refreshes gauges does it every {@code gozon.metrics.refresh-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MetricsProperties.class)
class OperationsMetricsConfiguration {
}
