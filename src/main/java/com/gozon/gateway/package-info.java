/**
 * Gateway: the single public entry point when the modules run as separate processes, and its counterpart in each
 * module process that refuses requests which did not come through it.
 */
@ApplicationModule(displayName = "Gateway", allowedDependencies = {"http :: problems", "http :: filters"})
@NullMarked
package com.gozon.gateway;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
