package com.gozon.operations.failures;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.modulith.NamedInterface;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a failure says about the work that met it: the one place that tells an outage (the database or the connection
 * to it went away; trying again later will do) from a failure that will happen again the same way. The consumers
 * requeue on an outage and park only on the rest; HTTP answers an outage with 503 "outcome unknown".
 * <p>
 * A failure is judged by everything that happened, not by the wrapper that reached the caller: the whole chain of
 * causes, the suppressed exceptions and the application exception a {@link TransactionSystemException} keeps. When a
 * connection dies inside a transaction, the rollback fails too, and {@code TransactionTemplate} throws the rollback's
 * exception ("Unable to rollback against JDBC Connection", caused by Hikari's "Connection is closed") instead of the
 * original one (issue 16).
 */
@NamedInterface("failures")
public final class Failures {

    /** Hikari's answer on a connection it has already marked as broken; it carries no SQLSTATE. */
    private static final String HIKARI_CLOSED = "Connection is closed";
    /** PostgreSQL's admin shutdown, crash shutdown and cannot-connect-now (a restart), SQLSTATE class 57P. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_DEPTH = 64;

    private Failures() {
    }

    /**
     * True when the failure is an outage: a connection that could not be had, was closed, broken or terminated by
     * the server (SQLSTATE class 08, 57P01-57P03), a lock or serialisation failure, a rollback that could not run.
     * The work it interrupted did not commit, or its outcome is unknown; either way the same work may be tried again.
     */
    public static boolean isOutage(Throwable failure) {
        return anyInChain(failure, Failures::isOutageItself);
    }

    /**
     * True when the failure comes from the database or the connection to it without being a refusal of the data
     * itself (a constraint or a data exception): what an operator should look at at once when a message was parked
     * for it, since a parked message whose reason looks like this is a good message that met an outage this class
     * did not recognise.
     */
    public static boolean looksLikeOutage(Throwable failure) {
        return isOutage(failure) || (anyInChain(failure, Failures::isFromTheDatabase)
                && !anyInChain(failure, Failures::isRefusalOfTheData));
    }

    private static boolean isOutageItself(Throwable cause) {
        return cause instanceof TransientDataAccessException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                        || sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage()))
                || isFailedRollback(cause);
    }

    /**
     * A rollback that could not be sent: the connection was gone, so nothing of the transaction committed. Spring's
     * own ({@code TransactionSystemException} "Could not roll back") and Hibernate's ("Unable to rollback against
     * JDBC Connection"), which arrives wrapped in a {@code JpaSystemException}.
     */
    private static boolean isFailedRollback(Throwable cause) {
        var message = cause.getMessage();
        return message != null && (cause instanceof TransactionException || isHibernateTransactionException(cause))
                && (message.startsWith("Could not roll back") || message.startsWith("Unable to rollback"));
    }

    private static boolean isHibernateTransactionException(Throwable cause) {
        return "org.hibernate.TransactionException".equals(cause.getClass().getName());
    }

    private static boolean isConnectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    private static boolean isFromTheDatabase(Throwable cause) {
        return cause instanceof SQLException || cause instanceof DataAccessException
                || cause instanceof TransactionException || cause instanceof IOException
                || cause.getClass().getName().startsWith("org.hibernate.");
    }

    /** SQLSTATE class 22 (data exception) and 23 (integrity constraint violation): the data is wrong, not the link. */
    private static boolean isRefusalOfTheData(Throwable cause) {
        if (cause instanceof DataIntegrityViolationException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"));
    }

    /** Walks the causes, the suppressed exceptions and a transaction's application exception, each once. */
    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        var pending = new ArrayDeque<Throwable>();
        pending.add(failure);
        while (!pending.isEmpty() && seen.size() < MAX_DEPTH) {
            var next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (test.test(next)) {
                return true;
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            Collections.addAll(pending, next.getSuppressed());
            if (next instanceof TransactionSystemException system && system.getApplicationException() != null) {
                pending.add(system.getApplicationException());
            }
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return false;
    }
}
