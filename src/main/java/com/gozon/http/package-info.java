/**
 * HTTP edge: what every request meets before and after a module's controller: who it acts for (security), whether
 * it was seen before (idempotency), the limits on its size and rate, the input rules, and RFC 9457 problems for every
 * error. Modules use its named interface {@code security}; the gateway {@code problems}.
 */
@ApplicationModule(displayName = "HTTP edge", allowedDependencies = {"operations :: failures",
        "operations :: housekeeping"})
@NullMarked
package com.gozon.http;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
