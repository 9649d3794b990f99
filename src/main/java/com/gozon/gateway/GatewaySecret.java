package com.gozon.gateway;

import com.gozon.http.FilterOrder;
import com.gozon.http.HealthPaths;
import com.gozon.http.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A module running in a process of its own (profile {@code orders} or {@code payments}) answers only requests that
 * came through the gateway: those carry the shared secret in {@value #HEADER}. Anything else gets a 404, as if
 * nothing were there, before any other check (a bearer token, for one). The health status and the probes
 * ({@link HealthPaths}) stay open for the container's health check and the orchestrator's probes.
 */
@Component
@Profile({"orders", "payments"})
@Order(FilterOrder.GATEWAY_SECRET)
@EnableConfigurationProperties(SharedSecret.class)
class GatewaySecret extends OncePerRequestFilter {

    static final String HEADER = "X-Gozon-Gateway";

    private final byte[] secret;

    GatewaySecret(SharedSecret secret) {
        this.secret = secret.secret().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return HealthPaths.isProbe(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var presented = request.getHeader(HEADER);
        if (presented != null && MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(request, response, Problems.of(HttpStatus.NOT_FOUND, null));
    }
}
