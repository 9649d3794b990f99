/**
 * The outbox: Spring Modulith's event publication registry relayed to RabbitMQ with publisher confirms. Modules see
 * only {@link com.gozon.infrastructure.outbox.OutboxEvent}, which their externalized events implement.
 */
@NamedInterface("outbox")
@NullMarked
package com.gozon.infrastructure.outbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
