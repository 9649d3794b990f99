/**
 * Inbound messages: reading one without trusting it ({@link com.gozon.messaging.inbound.InboundMessages},
 * {@link com.gozon.messaging.inbound.MessageBody}), handling a batch in one transaction
 * ({@link com.gozon.messaging.inbound.MessageBatches}), the inbox tables' housekeeping, and the parking queues for
 * messages that keep failing. What modules use carries the named interface {@code inbound}.
 */
@NullMarked
package com.gozon.messaging.inbound;

import org.jspecify.annotations.NullMarked;
