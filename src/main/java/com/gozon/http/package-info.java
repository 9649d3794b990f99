/**
 * HTTP edge: what every request meets before and after a module's controller besides its caller's identity (module
 * security): whether it was seen before (idempotency), the limits on its size and rate, the input rules, the order of
 * the servlet filters, and RFC 9457 problems for every error. The gateway and security use its named interfaces
 * {@code problems} and {@code filters}.
 */
@ApplicationModule(displayName = "HTTP edge", allowedDependencies = {"operations :: failures",
        "operations :: housekeeping"})
@NullMarked
package com.gozon.http;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
