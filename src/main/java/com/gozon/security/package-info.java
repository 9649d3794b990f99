/**
 * Security: who a request acts for. Every {@code /api/**} call carries a bearer JWT whose subject is the shop's user
 * id; 401 and 403 are problems. Modules see only {@link com.gozon.security.AuthenticatedUser} (named interface
 * {@code api}), which their web adapters take with {@code @AuthenticationPrincipal}.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"http :: problems", "http :: filters"})
@NullMarked
package com.gozon.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
