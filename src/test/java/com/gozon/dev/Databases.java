package com.gozon.dev;

import org.jspecify.annotations.Nullable;

import java.sql.DriverManager;
import java.sql.SQLException;

/** Creates a database on a PostgreSQL server unless it exists: for the development server and for an external one. */
public final class Databases {

    private Databases() {
    }

    /** {@code serverUrl} names the server's maintenance database ({@code jdbc:postgresql://host:port/postgres}). */
    public static void ensure(String serverUrl, @Nullable String user, @Nullable String password, String name)
            throws SQLException {
        try (var connection = DriverManager.getConnection(serverUrl, user, password);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        }
    }
}
