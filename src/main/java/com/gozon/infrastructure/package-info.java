/**
 * Infrastructure shared by every module: the AMQP transport of the outbox, reading and parking inbound messages, and
 * RFC 9457 errors. It knows no module's types; modules use its named interfaces {@code outbox} and {@code messaging}.
 */
@ApplicationModule(displayName = "Infrastructure", allowedDependencies = {})
@NullMarked
package com.gozon.infrastructure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
