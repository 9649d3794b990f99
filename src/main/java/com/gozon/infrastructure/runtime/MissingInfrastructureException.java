package com.gozon.infrastructure.runtime;

import org.jspecify.annotations.Nullable;

/** The configured database or broker cannot be reached at start-up, or no credentials were given for it. */
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
