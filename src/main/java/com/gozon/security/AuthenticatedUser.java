package com.gozon.security;

import org.springframework.modulith.NamedInterface;

import java.util.Objects;
import java.util.UUID;

/**
 * The user a request acts for: the subject of its bearer token, which is the shop's user id. A web adapter takes it
 * with {@code @AuthenticationPrincipal} and hands it to its use case, which decides what this user may see and change.
 */
@NamedInterface("api")
public record AuthenticatedUser(UUID userId) {

    public AuthenticatedUser {
        Objects.requireNonNull(userId, "userId");
    }

    /** Whether {@code userId}, as a request names it, is this user. */
    public boolean is(UUID userId) {
        return this.userId.equals(userId);
    }
}
