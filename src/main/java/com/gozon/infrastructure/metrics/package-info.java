/**
 * What an operator pages on, beyond what Spring Boot measures by itself: each module's outbox backlog and the depth of
 * the parking queues, read on a schedule so that a scrape costs nothing (adr/0018-observability.md). Its named
 * interface is {@link com.gozon.infrastructure.metrics.RunningModules}, which the composition root registers.
 */
@NamedInterface("metrics")
@NullMarked
package com.gozon.infrastructure.metrics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
