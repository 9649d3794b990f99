package com.gozon.orders.adapter.in.messaging;

import com.gozon.orders.application.PaymentResult;
import com.gozon.orders.application.RecordPaymentResultUseCase;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.OrderId;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/**
 * Turns payment outcomes into order state. The container acknowledges a message only after this method returned,
 * that is after the use case committed; a failure is retried and finally parked.
 */
@Component
class PaymentResultListener {

    /** Counts handled messages by queue and result, duplicates included. */
    static final String HANDLED_METRIC = "gozon.messages.handled";

    private static final Logger log = LoggerFactory.getLogger(PaymentResultListener.class);

    private final RecordPaymentResultUseCase recordPaymentResult;
    private final JsonMapper json;
    private final MeterRegistry meters;

    PaymentResultListener(RecordPaymentResultUseCase recordPaymentResult, JsonMapper json, MeterRegistry meters) {
        this.recordPaymentResult = recordPaymentResult;
        this.json = json;
        this.meters = meters;
    }

    @RabbitListener(id = PaymentResultsTopology.NAME, queues = PaymentResultsTopology.NAME)
    void onPaymentResult(Message message) {
        var result = toPaymentResult(message);
        var recorded = recordPaymentResult.recordPaymentResult(result);
        meters.counter(HANDLED_METRIC, "queue", PaymentResultsTopology.NAME, "result", recorded.name()).increment();
        log.debug("Payment result {} for order {}: {}", result.messageId(), result.orderId().value(), recorded);
    }

    private PaymentResult toPaymentResult(Message message) {
        PaymentResultMessage body;
        try {
            body = json.readValue(message.getBody(), PaymentResultMessage.class);
        } catch (JacksonException e) {
            throw new AmqpRejectAndDontRequeueException("Payment result is not valid JSON: " + e.getOriginalMessage());
        }
        var messageId = messageId(message, body);
        if (body.orderId() == null) {
            throw new AmqpRejectAndDontRequeueException("Payment result " + messageId + " has no orderId");
        }
        var orderId = new OrderId(body.orderId());
        var routingKey = message.getMessageProperties().getReceivedRoutingKey();
        if (PaymentResultsTopology.PAYMENT_SUCCEEDED.equals(routingKey)) {
            return new PaymentResult.Succeeded(messageId, orderId);
        }
        if (PaymentResultsTopology.PAYMENT_FAILED.equals(routingKey)) {
            return new PaymentResult.Failed(messageId, orderId, failureReason(body));
        }
        throw new AmqpRejectAndDontRequeueException("Unexpected routing key " + routingKey);
    }

    private static UUID messageId(Message message, PaymentResultMessage body) {
        var id = message.getMessageProperties().getMessageId();
        try {
            var messageId = id != null ? UUID.fromString(id) : body.eventId();
            if (messageId == null) {
                throw new AmqpRejectAndDontRequeueException("Payment result carries neither a message id nor an eventId");
            }
            return messageId;
        } catch (IllegalArgumentException e) {
            throw new AmqpRejectAndDontRequeueException("Message id " + id + " is not a UUID");
        }
    }

    private static FailureReason failureReason(PaymentResultMessage body) {
        try {
            return FailureReason.valueOf(String.valueOf(body.reason()));
        } catch (IllegalArgumentException e) {
            throw new AmqpRejectAndDontRequeueException("Unknown failure reason " + body.reason());
        }
    }
}
