package com.gozon.infrastructure.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How idempotency keys are kept.
 *
 * @param retention how long a key's outcome is replayed; after that the key may be used again
 * @param purgeInterval how often keys past their retention are deleted
 * @param purgeBatchSize how many keys one delete statement removes at most
 * @param maxKeyLength the longest key accepted
 */
@ConfigurationProperties("gozon.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration retention,
        @DefaultValue("1m") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatchSize,
        @DefaultValue("255") int maxKeyLength) {
}
