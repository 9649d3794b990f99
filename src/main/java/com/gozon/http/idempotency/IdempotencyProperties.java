package com.gozon.http.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How idempotency keys are kept.
 *
 * @param schema the schema of the table {@code idempotency_key}: the one the outbox's migrations create it in
 *               ({@code gozon.outbox.schema}; db/outbox/V4__idempotency_keys.sql), set beside it per role
 * @param retention how long a key's outcome is replayed; after that the key may be used again
 * @param purgeInterval how often keys past their retention are deleted
 * @param purgeBatchSize how many keys one delete statement removes at most
 * @param maxKeyLength the longest key accepted
 */
@ConfigurationProperties("gozon.idempotency")
public record IdempotencyProperties(
        @DefaultValue("outbox") String schema,
        @DefaultValue("24h") Duration retention,
        @DefaultValue("1m") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatchSize,
        @DefaultValue("255") int maxKeyLength) {
}
