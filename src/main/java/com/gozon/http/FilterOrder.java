package com.gozon.http;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.modulith.NamedInterface;

/**
 * The order of the shop's servlet filters, stated once: each filter takes its place from here. Lowest first:
 * <ol>
 *   <li>{@link #PUBLIC_ORIGIN}: the shop's own origin replaces the client's {@code Host} in the request's URL;</li>
 *   <li>{@link #GATEWAY_SECRET}: a module process refuses what did not come through the gateway, before reading it;</li>
 *   <li>{@link #REQUEST_BODY}: the body's size and speed, before anything reads it;</li>
 *   <li>{@link #CONTENT_TYPE}: a body must be JSON;</li>
 *   <li>{@link #SECURITY}: Spring Security's chain (Boot's {@code spring.security.filter.order}, left at its
 *   default), which knows the caller afterwards;</li>
 *   <li>{@link #RATE_LIMIT}: per user, so after security;</li>
 *   <li>{@link #IDEMPOTENCY}: after the limits, so that a refused request stores no outcome.</li>
 * </ol>
 * {@code FilterOrderTest} reads the running server's filters and checks this order.
 */
@NamedInterface("filters")
public final class FilterOrder {

    public static final int PUBLIC_ORIGIN = Ordered.HIGHEST_PRECEDENCE;
    public static final int GATEWAY_SECRET = Ordered.HIGHEST_PRECEDENCE + 5;
    public static final int REQUEST_BODY = Ordered.HIGHEST_PRECEDENCE + 10;
    public static final int CONTENT_TYPE = Ordered.HIGHEST_PRECEDENCE + 20;
    public static final int SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER;
    public static final int RATE_LIMIT = SECURITY + 1;
    public static final int IDEMPOTENCY = SECURITY + 10;

    private FilterOrder() {
    }
}
