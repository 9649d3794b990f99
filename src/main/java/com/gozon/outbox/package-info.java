/**
 * Outbox: how a module's events leave it. Spring Modulith's event publication registry, committed with the module's
 * data, relayed to RabbitMQ in batches with publisher confirms, with instance leases so that a dead instance's
 * publications are taken over. Modules see only {@link com.gozon.outbox.OutboxEvent} (named interface {@code api}),
 * which their externalized events implement.
 */
@ApplicationModule(displayName = "Outbox", allowedDependencies = {"operations :: housekeeping",
        "operations :: metrics", "operations :: migrations"})
@NullMarked
package com.gozon.outbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
