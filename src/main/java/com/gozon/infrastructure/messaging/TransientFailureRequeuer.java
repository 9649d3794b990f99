package com.gozon.infrastructure.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientException;

/**
 * Decides what happens to a message whose retries are exhausted. A failure of the infrastructure (the database is
 * down, a lock timed out) says nothing about the message, so it goes back to its queue to be tried again later; any
 * other failure means the message itself is bad, so it is parked.
 */
class TransientFailureRequeuer implements MessageRecoverer {

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

    static boolean isTransient(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }
}
