package com.gozon.inbox;

import org.springframework.modulith.NamedInterface;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A module's inbox table ({@code schema.table} with the columns {@code message_id} and {@code processed_at}),
 * declared as a bean by the module that owns it, so that {@link InboxHousekeeping} purges its old rows.
 */
@NamedInterface("api")
public record InboxTable(String qualifiedName) {

    private static final Pattern QUALIFIED_NAME = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");

    public InboxTable {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        if (!QUALIFIED_NAME.matcher(qualifiedName).matches()) {
            throw new IllegalArgumentException("An inbox table is named schema.table: " + qualifiedName);
        }
    }
}
