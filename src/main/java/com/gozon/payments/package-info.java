/**
 * Payments: keeps one account per user and debits it, exactly once, for each order's payment request.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = {"outbox :: api", "inbox :: api",
        "security :: api", "operations :: migrations"})
@NullMarked
package com.gozon.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
