package com.gozon.http.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How much of a request body the shop reads, and for how long.
 *
 * @param maxSize the largest body; a larger one, announced or chunked, is a 413
 * @param readTimeout how long reading one whole body may take; a slower client gets a 408
 * @param maxConcurrentReads how many bodies are read at once; a request beyond them gets a 503 at once, so that slow
 *                           clients cannot hold every worker thread
 */
@ConfigurationProperties("gozon.request-body")
public record RequestBodyProperties(
        @DefaultValue("8KB") DataSize maxSize,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("100") int maxConcurrentReads) {
}
