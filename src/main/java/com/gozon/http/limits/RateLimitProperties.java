package com.gozon.http.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many requests a client may make ({@link RateLimitFilter}): each client has a bucket of that many requests that
 * refills evenly over the period, so it may spend the whole budget at once and then continues at the average rate.
 *
 * @param enabled whether requests are limited at all
 * @param perUser the budget of an authenticated user, keyed by the principal's name
 * @param perAddress the budget of an unauthenticated client, keyed by its address
 * @param period the time in which a budget refills
 * @param maxClients how many clients' buckets are kept; the least recently seen go first
 */
@ConfigurationProperties("gozon.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("300") long perUser,
        @DefaultValue("120") long perAddress,
        @DefaultValue("1m") Duration period,
        @DefaultValue("100000") long maxClients) {
}
