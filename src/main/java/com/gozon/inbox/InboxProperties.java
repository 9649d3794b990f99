package com.gozon.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the inboxes remember handled messages.
 *
 * @param retention how long a handled message's id is kept; a copy arriving later is no longer recognised by the
 *                  inbox, only by the domain's own guards (one payment per order, an order settles once)
 * @param purgeInterval how often old ids are deleted
 * @param purgeBatchSize how many ids one delete statement removes at most
 */
@ConfigurationProperties("gozon.inbox")
public record InboxProperties(
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1m") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatchSize) {
}
