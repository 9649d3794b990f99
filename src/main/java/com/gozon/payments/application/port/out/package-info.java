/** Outgoing ports: what the application needs from the outside world, implemented by outbound adapters. */
@NullMarked
package com.gozon.payments.application.port.out;

import org.jspecify.annotations.NullMarked;
