package com.gozon.outbox;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the outbox relays events to the broker.
 *
 * @param schema the schema of the event publication registry: {@code outbox}, or one per module when they run apart
 * @param confirmTimeout how long to wait for the broker's confirm before a publication counts as failed
 * @param resubmissionInterval how often failed publications are looked at
 * @param backoffInitial the wait before the first resubmission of a failed publication
 * @param backoffMax the longest wait between two resubmissions of one publication
 * @param batchSize how many failed publications one claim takes at most (a round claims until none is due)
 * @param maxInFlight how many publications may wait for their confirm at once; the relay waits beyond that
 * @param instanceId this instance's name in the registry (letters, digits, {@code . _ -}); a new one per start if unset
 * @param leaseHeartbeat how often an instance renews its lease and looks for expired ones
 * @param leaseTimeout how old a lease may grow before the instance counts as dead and its publications are taken over
 * @param completedRetention how long a completed publication stays in the registry, for an operator to look at
 * @param purgeInterval how often completed publications older than that are deleted
 * @param purgeBatchSize how many publications one delete statement removes at most
 */
@ConfigurationProperties("gozon.outbox")
public record OutboxProperties(
        @DefaultValue("outbox") String schema,
        @DefaultValue("5s") Duration confirmTimeout,
        @DefaultValue("1s") Duration resubmissionInterval,
        @DefaultValue("1s") Duration backoffInitial,
        @DefaultValue("5s") Duration backoffMax,
        @DefaultValue("500") int batchSize,
        @DefaultValue("5000") int maxInFlight,
        @Nullable String instanceId,
        @DefaultValue("1s") Duration leaseHeartbeat,
        @DefaultValue("5s") Duration leaseTimeout,
        @DefaultValue("1h") Duration completedRetention,
        @DefaultValue("1m") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatchSize) {
}
