package com.gozon.payments.adapter.in.messaging;

import com.gozon.infrastructure.messaging.InboundMessages;
import com.gozon.infrastructure.messaging.MessageHandled;
import com.gozon.infrastructure.messaging.MessageLogContext;
import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderUseCase;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import static com.gozon.infrastructure.messaging.InboundMessages.reject;

/**
 * Pays orders on request. The container acknowledges a message only after this method returned, that is after the
 * use case committed; a failure is retried and finally parked.
 */
@Component
class PaymentRequestListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentRequestListener.class);

    private final PayOrderUseCase payOrder;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    PaymentRequestListener(PayOrderUseCase payOrder, JsonMapper json, ApplicationEventPublisher events) {
        this.payOrder = payOrder;
        this.json = json;
        this.events = events;
    }

    @RabbitListener(id = PaymentRequestsTopology.QUEUE, queues = PaymentRequestsTopology.QUEUE)
    void onPaymentRequested(Message message) {
        try (var logContext = MessageLogContext.open()) {
            var command = toCommand(message, logContext);
            var result = payOrder.payOrder(command);
            events.publishEvent(new MessageHandled(PaymentRequestsTopology.QUEUE, command.messageId(), result));
            log.debug("Payment request {} for order {}: {}", command.messageId(), command.orderId().value(), result);
        }
    }

    private PayOrderCommand toCommand(Message message, MessageLogContext logContext) {
        var body = InboundMessages.body(message, json);
        var messageId = InboundMessages.messageId(message, body.optionalUuid("eventId"));
        logContext.messageId(messageId);
        var orderId = new OrderId(body.uuid("orderId"));
        logContext.orderId(orderId.value());
        var userId = new UserId(body.uuid("userId"));
        var amount = body.amount("amount");
        try {
            return new PayOrderCommand(messageId, orderId, userId, Money.requested(amount));
        } catch (IllegalArgumentException e) {
            throw reject("Payment request " + messageId + ": " + e.getMessage());
        }
    }
}
