package com.gozon.infrastructure.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.MessageBatchRecoverer;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

/**
 * Decides what happens to a message whose retries are exhausted. A failure of the infrastructure (the database is
 * down, a lock timed out) says nothing about the message, so it goes back to its queue to be tried again later; any
 * other failure means the message itself is bad, so it is parked. A batch goes back to its queue whole.
 */
class TransientFailureRequeuer implements MessageBatchRecoverer {

    private static final Logger log = LoggerFactory.getLogger(TransientFailureRequeuer.class);

    private final MessageRecoverer park;

    TransientFailureRequeuer(MessageRecoverer park) {
        this.park = park;
    }

    @Override
    public void recover(Message message, Throwable cause) {
        if (isTransient(cause)) {
            log.warn("Message {} from {} failed for a passing reason and goes back to its queue: {}",
                    InboundMessages.excerpt(message.getMessageProperties().getMessageId()),
                    message.getMessageProperties().getConsumerQueue(),
                    cause.getMessage());
            throw new ImmediateRequeueAmqpException("Transient failure, requeued", cause);
        }
        park.recover(message, cause);
    }

    /**
     * A batch whose retries are exhausted: {@link MessageBatches} singles out and parks a bad message itself, so what
     * fails a whole batch is the infrastructure (the database, or the broker while parking), and the batch goes back
     * to its queue. Its messages handled meanwhile come back as duplicates, which the inbox recognises.
     */
    @Override
    public void recover(List<Message> messages, Throwable cause) {
        log.warn("A batch of {} message(s) from {} failed and goes back to its queue: {}", messages.size(),
                messages.isEmpty() ? "?" : messages.get(0).getMessageProperties().getConsumerQueue(),
                cause.getMessage());
        throw new ImmediateRequeueAmqpException("Batch failed, requeued", cause);
    }

    static boolean isTransient(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
                    || isLostConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection died under the transaction (SQLSTATE class 08, or 57P01-57P03 when PostgreSQL shuts down or
     * restarts): Spring reports a rollback that could not be sent as a TransactionSystemException whose cause chain
     * ends here, and the message itself is fine.
     */
    private static boolean isLostConnection(Throwable cause) {
        if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }
}
