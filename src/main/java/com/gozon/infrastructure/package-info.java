/**
 * Infrastructure shared by every module: the AMQP transport of the outbox, the parking queue and RFC 9457 errors.
 * It knows no module's types.
 */
@ApplicationModule(displayName = "Infrastructure")
package com.gozon.infrastructure;

import org.springframework.modulith.ApplicationModule;
