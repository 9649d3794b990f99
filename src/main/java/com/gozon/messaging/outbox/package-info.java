/**
 * The outbox: Spring Modulith's event publication registry relayed to RabbitMQ with publisher confirms, in batches,
 * with instance leases. Modules see only {@link com.gozon.messaging.outbox.OutboxEvent} (named interface
 * {@code outbox}), which their externalized events implement.
 */
@NullMarked
package com.gozon.messaging.outbox;

import org.jspecify.annotations.NullMarked;
