/**
 * Operations: what the shop runs with, whatever it does: the clock, the start-up checks, which modules run, the
 * judgement of what is an outage, batched housekeeping deletes, and how a module migrates its schema. It depends on
 * no other module.
 */
@ApplicationModule(displayName = "Operations", allowedDependencies = {})
@NullMarked
package com.gozon.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
