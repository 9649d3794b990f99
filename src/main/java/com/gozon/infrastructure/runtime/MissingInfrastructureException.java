package com.gozon.infrastructure.runtime;

/** The configured database or broker cannot be reached at start-up. */
public class MissingInfrastructureException extends RuntimeException {

    private final String action;

    MissingInfrastructureException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
