/**
 * Inbox: how messages enter a module. Reading one without trusting it ({@link com.gozon.inbox.InboundMessages},
 * {@link com.gozon.inbox.MessageBody}), handling a batch in one transaction ({@link com.gozon.inbox.MessageBatches}),
 * the inbox tables' housekeeping, and the parking queues for messages that keep failing ({@code /actuator/parked}).
 * What modules use carries the named interface {@code api}.
 */
@ApplicationModule(displayName = "Inbox", allowedDependencies = {"operations :: failures",
        "operations :: housekeeping", "operations :: metrics"})
@NullMarked
package com.gozon.inbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
