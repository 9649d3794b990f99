package com.gozon.outbox;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.events.Externalized;
import org.springframework.modulith.events.RoutingTarget;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where an event goes: its {@code @Externalized("exchange::routing-key")}, read once per event type. */
final class OutboxTargets {

    private final Map<Class<?>, RoutingTarget> targets = new ConcurrentHashMap<>();

    RoutingTarget of(Class<?> type) {
        return targets.computeIfAbsent(type, OutboxTargets::read);
    }

    private static RoutingTarget read(Class<?> type) {
        var externalized = AnnotatedElementUtils.findMergedAnnotation(type, Externalized.class);
        if (externalized == null || !externalized.value().contains("::")) {
            throw new IllegalArgumentException(
                    "An outbox event names its exchange and routing key with @Externalized(\"exchange::key\"): " + type);
        }
        var parts = externalized.value().split("::", 2);
        return RoutingTarget.forTarget(parts[0]).andKey(parts[1]);
    }
}
