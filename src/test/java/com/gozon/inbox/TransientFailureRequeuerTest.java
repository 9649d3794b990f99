package com.gozon.inbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientFailureRequeuerTest {

    final List<Throwable> parked = new ArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TransientFailureRequeuer requeuer = new TransientFailureRequeuer((message, cause) -> parked.add(cause),
            meters);
    final Message message = new Message(new byte[0]);

    {
        message.getMessageProperties().setConsumerQueue("payments.payment-requests");
    }

    @Test
    void databaseOutageSendsTheMessageBackToItsQueue() {
        var cause = new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager"), message);

        assertThatThrownBy(() -> requeuer.recover(message, cause)).isInstanceOf(ImmediateRequeueAmqpException.class);
        assertThat(parked).isEmpty();
    }

    @Test
    void rollbackThatFailedOnADeadConnectionSendsTheMessageBackToItsQueue() {
        var closed = new SQLException("This connection has been closed.", "08003");
        var cause = new ListenerExecutionFailedException("listener failed",
                new TransactionSystemException("Could not roll back JPA transaction", closed), message);

        assertThatThrownBy(() -> requeuer.recover(message, cause)).isInstanceOf(ImmediateRequeueAmqpException.class);
        assertThat(parked).isEmpty();
    }

    @Test
    void databaseShuttingDownSendsTheMessageBackToItsQueue() {
        var cause = new ListenerExecutionFailedException("listener failed",
                new SQLException("terminating connection due to administrator command", "57P01"), message);

        assertThatThrownBy(() -> requeuer.recover(message, cause)).isInstanceOf(ImmediateRequeueAmqpException.class);
    }

    /** Issue 16: the rollback's exception, not the statement's, reached the recoverer, and the message was parked. */
    @Test
    void rollbackThatFailedOnAConnectionHikariHadClosedSendsTheMessageBackToItsQueue() {
        var cause = new ListenerExecutionFailedException("listener failed", new JpaSystemException(
                new TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))), message);

        assertThatThrownBy(() -> requeuer.recover(message, cause)).isInstanceOf(ImmediateRequeueAmqpException.class);
        assertThat(parked).isEmpty();
        assertThat(meters.find("gozon.messages.parked").counters()).isEmpty();
    }

    @Test
    void parkedMessageSaysWhatFailedFirstAndIsCountedByWhetherItLooksLikeAnOutage() {
        var unrecognised = new JpaSystemException(new RuntimeException("the database said something new",
                new SQLException("unheard of", "XX000")));
        var cause = new ListenerExecutionFailedException("listener failed", unrecognised, message);

        requeuer.recover(message, cause);

        assertThat(parked).containsExactly(cause);
        assertThat((Boolean) message.getMessageProperties().getHeader("x-gozon-outage-suspected")).isTrue();
        assertThat((String) message.getMessageProperties().getHeader("x-gozon-first-failure"))
                .isEqualTo("java.sql.SQLException: unheard of");
        assertThat(meters.get("gozon.messages.parked").tag("queue", "payments.payment-requests")
                .tag("outage.suspected", "true").counter().count()).isEqualTo(1.0);
    }

    @Test
    void constraintViolationIsNoPassingReason() {
        var cause = new ListenerExecutionFailedException("listener failed",
                new SQLException("new row violates check constraint", "23514"), message);

        requeuer.recover(message, cause);

        assertThat(parked).containsExactly(cause);
        assertThat((Boolean) message.getMessageProperties().getHeader("x-gozon-outage-suspected")).isFalse();
    }

    @Test
    void badMessageIsParked() {
        var cause = new ListenerExecutionFailedException("listener failed",
                new AmqpRejectAndDontRequeueException("Payment request is not valid JSON"), message);

        requeuer.recover(message, cause);

        assertThat(parked).containsExactly(cause);
    }

    @Test
    void exhaustedBatchGoesBackToItsQueueWholeAndNothingOfItIsParked() {
        var cause = new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager"), message);

        assertThatThrownBy(() -> requeuer.recover(List.of(message, new Message(new byte[0])), cause))
                .isInstanceOf(ImmediateRequeueAmqpException.class);
        assertThat(parked).isEmpty();
    }
}
