package com.gozon.infrastructure.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientFailureRequeuerTest {

    final List<Throwable> parked = new ArrayList<>();
    final TransientFailureRequeuer requeuer = new TransientFailureRequeuer((message, cause) -> parked.add(cause));
    final Message message = new Message(new byte[0]);

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

    @Test
    void constraintViolationIsNoPassingReason() {
        var cause = new ListenerExecutionFailedException("listener failed",
                new SQLException("new row violates check constraint", "23514"), message);

        requeuer.recover(message, cause);

        assertThat(parked).containsExactly(cause);
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
