/**
 * Who a request acts for: every {@code /api/**} call carries a bearer JWT whose subject is the shop's user id. Modules
 * see only {@link com.gozon.infrastructure.security.AuthenticatedUser}, which their web adapters take with
 * {@code @AuthenticationPrincipal}.
 */
@NamedInterface("security")
@NullMarked
package com.gozon.infrastructure.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
