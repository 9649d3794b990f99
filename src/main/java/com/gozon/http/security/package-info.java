/**
 * Who a request acts for: every {@code /api/**} call carries a bearer JWT whose subject is the shop's user id. Modules
 * see only {@link com.gozon.http.security.AuthenticatedUser} (named interface {@code security}), which their web
 * adapters take with {@code @AuthenticationPrincipal}.
 */
@NullMarked
package com.gozon.http.security;

import org.jspecify.annotations.NullMarked;
