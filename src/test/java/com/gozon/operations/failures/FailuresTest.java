package com.gozon.operations.failures;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    /** What issue 16's log shows: the rollback's exception, which hides the statement's. */
    static JpaSystemException rollbackAfterTheConnectionDied() {
        return new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
    }

    @Test
    void rollbackThatFailedOnAClosedConnectionIsAnOutage() {
        assertThat(Failures.isOutage(rollbackAfterTheConnectionDied())).isTrue();
        assertThat(Failures.isOutage(new ListenerExecutionFailedException("listener failed",
                rollbackAfterTheConnectionDied(), new Message(new byte[0])))).isTrue();
    }

    @Test
    void hikarisClosedConnectionIsAnOutageWhateverWrapsIt() {
        var wrapped = new IllegalStateException("something went wrong", new SQLException("Connection is closed"));

        assertThat(Failures.isOutage(wrapped)).isTrue();
    }

    @Test
    void originalFailureKeptAsSuppressedDecides() {
        var rollback = new IllegalStateException("rollback failed");
        rollback.addSuppressed(new DataAccessResourceFailureException("An I/O error occurred while sending to the"
                + " backend"));

        assertThat(Failures.isOutage(rollback)).isTrue();
    }

    @Test
    void applicationExceptionOfATransactionSystemExceptionDecides() {
        var rollback = new TransactionSystemException("commit failed");
        rollback.initApplicationException(new SQLException("terminating connection due to administrator command",
                "57P01"));

        assertThat(Failures.isOutage(rollback)).isTrue();
    }

    @Test
    void serverShuttingDownOrRestartingIsAnOutage() {
        for (var state : new String[] {"57P01", "57P02", "57P03", "08006", "08003", "08001"}) {
            assertThat(Failures.isOutage(new RuntimeException(new SQLException("gone", state)))).as(state).isTrue();
        }
    }

    @Test
    void noConnectionForATransactionIsAnOutage() {
        assertThat(Failures.isOutage(new CannotCreateTransactionException("Could not open JPA EntityManager")))
                .isTrue();
    }

    @Test
    void constraintViolationIsNoOutageAndDoesNotLookLikeOne() {
        var violation = new DataIntegrityViolationException("check constraint",
                new SQLException("new row violates check constraint", "23514"));

        assertThat(Failures.isOutage(violation)).isFalse();
        assertThat(Failures.looksLikeOutage(violation)).isFalse();
    }

    @Test
    void messageRefusedByTheContractIsNoOutageAndDoesNotLookLikeOne() {
        var refused = new AmqpRejectAndDontRequeueException("Payment request is not valid JSON");

        assertThat(Failures.isOutage(refused)).isFalse();
        assertThat(Failures.looksLikeOutage(refused)).isFalse();
    }

    @Test
    void unrecognisedDatabaseFailureIsNoOutageButLooksLikeOne() {
        var unknown = new JpaSystemException(new RuntimeException("the database said something new",
                new SQLException("unheard of", "XX000")));

        assertThat(Failures.isOutage(unknown)).isFalse();
        assertThat(Failures.looksLikeOutage(unknown)).isTrue();
    }

    @Test
    void causeThatRefersToItselfEnds() {
        var looping = new RuntimeException("loop") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };

        assertThat(Failures.isOutage(looping)).isFalse();
    }
}
