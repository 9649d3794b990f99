package com.gozon.payments.adapter.in.messaging;

import com.gozon.payments.application.PayOrderCommand;
import com.gozon.payments.application.PayOrderUseCase;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;
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
 * Pays orders on request. The container acknowledges a message only after this method returned, that is after the
 * use case committed; a failure is retried and finally parked.
 */
@Component
class PaymentRequestListener {

    /** Counts handled messages by queue and result, duplicates included. */
    static final String HANDLED_METRIC = "gozon.messages.handled";

    private static final Logger log = LoggerFactory.getLogger(PaymentRequestListener.class);

    private final PayOrderUseCase payOrder;
    private final JsonMapper json;
    private final MeterRegistry meters;

    PaymentRequestListener(PayOrderUseCase payOrder, JsonMapper json, MeterRegistry meters) {
        this.payOrder = payOrder;
        this.json = json;
        this.meters = meters;
    }

    @RabbitListener(id = PaymentRequestsTopology.NAME, queues = PaymentRequestsTopology.NAME)
    void onPaymentRequested(Message message) {
        var command = toCommand(message);
        var result = payOrder.payOrder(command);
        meters.counter(HANDLED_METRIC, "queue", PaymentRequestsTopology.NAME,
                "result", result.getClass().getSimpleName()).increment();
        log.debug("Payment request {} for order {}: {}", command.messageId(), command.orderId(), result);
    }

    private PayOrderCommand toCommand(Message message) {
        PaymentRequestMessage body;
        try {
            body = json.readValue(message.getBody(), PaymentRequestMessage.class);
        } catch (JacksonException e) {
            throw new AmqpRejectAndDontRequeueException("Payment request is not valid JSON: " + e.getOriginalMessage());
        }
        var messageId = messageId(message, body);
        if (body.orderId() == null || body.userId() == null || body.amount() == null) {
            throw new AmqpRejectAndDontRequeueException(
                    "Payment request " + messageId + " lacks one of orderId, userId, amount");
        }
        try {
            return new PayOrderCommand(messageId, body.orderId(), new UserId(body.userId()),
                    Money.requested(body.amount()));
        } catch (IllegalArgumentException e) {
            throw new AmqpRejectAndDontRequeueException("Payment request " + messageId + ": " + e.getMessage());
        }
    }

    private static UUID messageId(Message message, PaymentRequestMessage body) {
        var id = message.getMessageProperties().getMessageId();
        try {
            var messageId = id != null ? UUID.fromString(id) : body.eventId();
            if (messageId == null) {
                throw new AmqpRejectAndDontRequeueException("Payment request carries neither a message id nor an eventId");
            }
            return messageId;
        } catch (IllegalArgumentException e) {
            throw new AmqpRejectAndDontRequeueException("Message id " + id + " is not a UUID");
        }
    }
}
