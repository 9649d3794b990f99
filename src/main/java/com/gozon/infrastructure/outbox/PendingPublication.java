package com.gozon.infrastructure.outbox;

import org.springframework.modulith.events.RoutingTarget;

import java.util.UUID;

/** A committed row of the registry on its way to the broker: the row's id, where it goes and what it carries. */
record PendingPublication(UUID id, RoutingTarget target, OutboxEvent event) {
}
