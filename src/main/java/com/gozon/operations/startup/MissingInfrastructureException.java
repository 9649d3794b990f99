package com.gozon.operations.startup;

import org.jspecify.annotations.Nullable;

/** What the shop needs at start-up is not configured (credentials, the token issuer) or cannot be reached (database,
 * broker). */
public class MissingInfrastructureException extends RuntimeException {

    private final String action;

    MissingInfrastructureException(String description, String action, @Nullable Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
