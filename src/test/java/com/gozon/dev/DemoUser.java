package com.gozon.dev;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The users of the development issuer ({@link DevIssuer}). The password is the name; the user id, the subject of
 * their tokens, is fixed so that the README's examples can name it.
 */
public enum DemoUser {

    ALICE("alice", UUID.fromString("a11ce000-0000-4000-8000-00000000a11c")),
    BOB("bob", UUID.fromString("b0b00000-0000-4000-8000-00000000b0b0"));

    private final String username;
    private final UUID userId;

    DemoUser(String username, UUID userId) {
        this.username = username;
        this.userId = userId;
    }

    public String username() {
        return username;
    }

    public String password() {
        return username;
    }

    public UUID userId() {
        return userId;
    }

    static Optional<DemoUser> named(String username) {
        return Arrays.stream(values()).filter(user -> user.username.equals(username)).findFirst();
    }
}
