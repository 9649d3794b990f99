package com.gozon.infrastructure.runtime;

/** The database or the broker that the external mode needs cannot be reached. */
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
