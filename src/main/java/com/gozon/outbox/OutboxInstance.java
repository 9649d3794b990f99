package com.gozon.outbox;

import org.jspecify.annotations.Nullable;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * This process as a holder of outbox publications: the statements that write or claim a publication name it
 * ({@code claimed_by}, {@link PublicationTable}), so that the other instances can take its publications over once its
 * lease expired ({@link InstanceLeases}). Never a session setting: behind a pooler in transaction mode a server
 * connection serves every instance in turn (ADR 0026).
 */
final class OutboxInstance {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String id;

    private OutboxInstance(String id) {
        this.id = id;
    }

    /** The configured id ({@code gozon.outbox.instance-id}), or a new one for each start. */
    static OutboxInstance named(@Nullable String configured) {
        var id = configured == null || configured.isBlank() ? UUID.randomUUID().toString() : configured;
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("gozon.outbox.instance-id is 1 to 64 of A-Z a-z 0-9 . _ -: " + id);
        }
        return new OutboxInstance(id);
    }

    String id() {
        return id;
    }
}
