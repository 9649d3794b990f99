package com.gozon.operations.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.NamedInterface;

import java.time.Duration;

/**
 * How Gozon's own gauges are kept.
 *
 * @param refreshInterval how often the outbox backlog and the parking queues are read; a scrape shows the last reading
 */
@ConfigurationProperties("gozon.metrics")
@NamedInterface("metrics")
public record MetricsProperties(@DefaultValue("10s") Duration refreshInterval) {
}
