/**
 * What an operator pages on for messaging, beyond what Spring Boot measures by itself: each module's outbox backlog
 * and the depth of the parking queues, read on a schedule so that a scrape costs nothing (adr/0018-observability.md).
 */
@NullMarked
package com.gozon.messaging.metrics;

import org.jspecify.annotations.NullMarked;
