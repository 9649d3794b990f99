package com.gozon.infrastructure.outbox;

import org.springframework.modulith.events.RoutingTarget;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A committed row of the registry on its way to the broker: the row's id, where it goes, what it carries and the
 * trace it was published in ({@code traceparent}), if any.
 */
record PendingPublication(UUID id, RoutingTarget target, OutboxEvent event, @Nullable String traceParent) {
}
