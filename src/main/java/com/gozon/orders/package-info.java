/**
 * Orders: takes a user's order and follows it until its payment succeeded or failed.
 */
@ApplicationModule(displayName = "Orders", allowedDependencies = {"outbox :: api", "inbox :: api",
        "security :: api", "operations :: migrations"})
@NullMarked
package com.gozon.orders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
