package com.gozon.inbox;

import com.gozon.operations.failures.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.MessageBatchRecoverer;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;

import java.util.List;

/**
 * Decides what happens to a message whose retries are exhausted. An outage (the database is down or restarting, a
 * connection was cut, a lock timed out: {@link Failures#isOutage}) says nothing about the message, so it goes back to
 * its queue to be tried again later; any other failure will happen again the same way, so the message is parked. A
 * batch goes back to its queue whole.
 * <p>
 * A parked message carries, besides Spring AMQP's {@code x-exception-message}, what failed first
 * ({@value ParkedMessages#FIRST_FAILURE}) and whether that looks like an outage after all
 * ({@value ParkedMessages#OUTAGE_SUSPECTED}, {@link Failures#looksLikeOutage}); each parking counts in
 * {@code gozon.messages.parked} by queue and by that suspicion, which an operator alerts on.
 */
class TransientFailureRequeuer implements MessageBatchRecoverer {

    static final String PARKED_METRIC = "gozon.messages.parked";
    private static final Logger log = LoggerFactory.getLogger(TransientFailureRequeuer.class);
    private static final int MAX_FIRST_FAILURE_LENGTH = 300;

    private final MessageRecoverer park;
    private final MeterRegistry meters;

    TransientFailureRequeuer(MessageRecoverer park, MeterRegistry meters) {
        this.park = park;
        this.meters = meters;
    }

    @Override
    public void recover(Message message, Throwable cause) {
        var properties = message.getMessageProperties();
        if (Failures.isOutage(cause)) {
            log.warn("Message {} from {} failed for a passing reason and goes back to its queue: {}",
                    InboundMessages.excerpt(properties.getMessageId()), properties.getConsumerQueue(),
                    cause.getMessage());
            throw new ImmediateRequeueAmqpException("Transient failure, requeued", cause);
        }
        var outageSuspected = Failures.looksLikeOutage(cause);
        var firstFailure = firstFailure(cause);
        properties.setHeader(ParkedMessages.OUTAGE_SUSPECTED, outageSuspected);
        properties.setHeader(ParkedMessages.FIRST_FAILURE, firstFailure);
        if (outageSuspected) {
            log.error("Message {} from {} is parked for a reason that looks like an outage: {}",
                    InboundMessages.excerpt(properties.getMessageId()), properties.getConsumerQueue(), firstFailure);
        }
        park.recover(message, cause);
        Counter.builder(PARKED_METRIC)
                .tag("queue", String.valueOf(properties.getConsumerQueue()))
                .tag("outage.suspected", String.valueOf(outageSuspected))
                .description("Messages parked after their retries; outage.suspected=true is a good message that met"
                        + " a failure of the database or of the connection to it, and wants an operator at once")
                .register(meters)
                .increment();
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

    /**
     * The innermost cause of what was thrown, following a suppressed exception where there is one (the work's own
     * failure that a failed rollback hid, {@link MessageBatches}): what failed first.
     */
    private static String firstFailure(Throwable cause) {
        var first = cause;
        for (var depth = 0; depth < 32; depth++) {
            if (first.getSuppressed().length > 0) {
                first = first.getSuppressed()[0];
            } else if (first.getCause() != null && first.getCause() != first) {
                first = first.getCause();
            } else {
                break;
            }
        }
        var text = first.getClass().getName() + ": " + first.getMessage();
        return text.length() <= MAX_FIRST_FAILURE_LENGTH ? text : text.substring(0, MAX_FIRST_FAILURE_LENGTH) + "...";
    }
}
