package com.gozon.http.limits;

import com.gozon.http.FilterOrder;
import com.gozon.http.HealthPaths;
import com.gozon.http.problems.Problems;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Limits the requests of each client (OWASP API4): an authenticated user by the principal's name, anyone else by
 * address, each with a token bucket of {@link RateLimitProperties}. A client over its budget gets a 429 problem with
 * {@code Retry-After}. It runs right after Spring Security's filter chain ({@link FilterOrder#RATE_LIMIT}), so
 * that the principal is known; the actuator (health checks) is not limited.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter extends OncePerRequestFilter implements Ordered {

    private final RateLimitProperties limits;
    private final Cache<String, Bucket> buckets;

    RateLimitFilter(RateLimitProperties limits) {
        this.limits = limits;
        // a bucket left alone for a whole period is full again: forgetting it changes nothing
        this.buckets = Caffeine.newBuilder().maximumSize(limits.maxClients())
                .expireAfterAccess(limits.period()).build();
    }

    @Override
    public int getOrder() {
        return FilterOrder.RATE_LIMIT;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !limits.enabled() || path.startsWith("/actuator/") || HealthPaths.isProbe(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var principal = request.getUserPrincipal();
        var key = principal != null ? "user:" + principal.getName() : "address:" + request.getRemoteAddr();
        var budget = principal != null ? limits.perUser() : limits.perAddress();
        var probe = buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(budget).refillGreedy(budget, limits.period())).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        var retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        Problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this client; retry after " + retryAfter + " s."));
    }
}
