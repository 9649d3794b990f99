/** Incoming ports: the use cases and queries that adapters may call, with their commands and results. */
@NullMarked
package com.gozon.payments.application.port.in;

import org.jspecify.annotations.NullMarked;
