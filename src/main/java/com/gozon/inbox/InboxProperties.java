package com.gozon.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the inboxes' queues are declared, how long a batch is held through an outage, and how long handled messages
 * are remembered.
 *
 * @param queueType the type of every queue the shop declares: {@link QueueType#QUORUM} (replicated; RabbitMQ) unless
 *                  the broker cannot do it (the development broker: {@link QueueType#CLASSIC}); ADR 0025
 * @param deliveryLimit how many times a quorum queue delivers a message before it dead-letters it into its parking
 *                      queue (a message that kills its consumer, say); an outage does not count
 *                      ({@link OutageHold})
 * @param outageHold how long a consumer holds a batch and tries it again while the database is away, before it gives
 *                   the batch back to its queue (which counts a delivery)
 * @param outagePause the longest pause between two tries of a held batch (they start at 200 ms and double)
 * @param retention how long a handled message's id is kept; a copy arriving later is no longer recognised by the
 *                  inbox, only by the domain's own guards (one payment per order, an order settles once)
 * @param purgeInterval how often old ids are deleted
 * @param purgeBatchSize how many ids one delete statement removes at most
 */
@ConfigurationProperties("gozon.inbox")
public record InboxProperties(
        @DefaultValue("quorum") QueueType queueType,
        @DefaultValue("20") int deliveryLimit,
        @DefaultValue("5m") Duration outageHold,
        @DefaultValue("5s") Duration outagePause,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1m") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatchSize) {

    public InboxProperties {
        if (deliveryLimit < 1) {
            throw new IllegalArgumentException("gozon.inbox.delivery-limit must be at least 1, not " + deliveryLimit);
        }
    }

    /** What the broker keeps of a queue. */
    public enum QueueType {
        /** Replicated on a majority of a cluster's nodes (Raft); a message is confirmed once they hold it. */
        QUORUM,
        /** On one node only; the one type an AMQP 0-9-1 broker other than RabbitMQ knows. */
        CLASSIC
    }
}
