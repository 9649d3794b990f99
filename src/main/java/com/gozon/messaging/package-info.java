/**
 * Messaging: how the business modules talk without knowing each other. The outbox relays Spring Modulith's event
 * publication registry to RabbitMQ with publisher confirms; inbound messages are read without trust and handled in
 * batches behind an inbox; messages that keep failing are parked for an operator. Modules use its named interfaces
 * {@code outbox} and {@code inbound}, nothing else.
 */
@ApplicationModule(displayName = "Messaging", allowedDependencies = {"operations :: failures",
        "operations :: housekeeping", "operations :: metrics"})
@NullMarked
package com.gozon.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
