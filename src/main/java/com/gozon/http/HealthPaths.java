package com.gozon.http;

import org.springframework.modulith.NamedInterface;

import java.util.Set;

/**
 * The paths an orchestrator, a load balancer or a container's health check calls without a token, stated once: the
 * whole health ({@code /actuator/health}, only UP or DOWN without the scope {@code gozon.health}) and the probes
 * Spring Boot adds on the main port ({@code management.endpoint.health.probes.add-additional-paths}): liveness, the
 * process alone, and readiness, with the database and the broker (ADR 0027).
 */
@NamedInterface("filters")
public final class HealthPaths {

    public static final String HEALTH = "/actuator/health";
    public static final String LIVENESS = "/livez";
    public static final String READINESS = "/readyz";

    private static final Set<String> PROBES = Set.of(HEALTH, LIVENESS, READINESS);

    private HealthPaths() {
    }

    /** The health status or one of the probes, not a health component ({@code /actuator/health/db} needs the scope). */
    public static boolean isProbe(String path) {
        return PROBES.contains(path);
    }
}
