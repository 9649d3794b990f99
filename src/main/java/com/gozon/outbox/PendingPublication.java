package com.gozon.outbox;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.RoutingTarget;

import java.util.UUID;

/**
 * A committed row of the registry on its way to the broker: the row's id, where it goes, the event's id (the message
 * id), the event as the registry stores it (the message's body: serialised once) and the trace it was published in
 * ({@code traceparent}), if any.
 */
record PendingPublication(UUID id, RoutingTarget target, UUID eventId, String payload, @Nullable String traceParent) {
}
