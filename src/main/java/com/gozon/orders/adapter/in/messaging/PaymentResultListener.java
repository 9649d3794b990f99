package com.gozon.orders.adapter.in.messaging;

import com.gozon.infrastructure.messaging.InboundMessages;
import com.gozon.infrastructure.messaging.MessageHandled;
import com.gozon.infrastructure.messaging.MessageLogContext;
import com.gozon.orders.application.port.in.SettleOrderCommand;
import com.gozon.orders.application.port.in.SettleOrderResult;
import com.gozon.orders.application.port.in.SettleOrderUseCase;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.OrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import static com.gozon.infrastructure.messaging.InboundMessages.excerpt;
import static com.gozon.infrastructure.messaging.InboundMessages.reject;

/**
 * Turns payment outcomes into order state. The container acknowledges a message only after this method returned,
 * that is after the use case committed; a failure is retried and finally parked. An outcome for an order that does
 * not exist, or for another amount than the order's, is parked at once: it cannot be the answer to this shop's
 * request.
 */
@Component
class PaymentResultListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentResultListener.class);

    private final SettleOrderUseCase settleOrder;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    PaymentResultListener(SettleOrderUseCase settleOrder, JsonMapper json, ApplicationEventPublisher events) {
        this.settleOrder = settleOrder;
        this.json = json;
        this.events = events;
    }

    @RabbitListener(id = PaymentResultsTopology.QUEUE, queues = PaymentResultsTopology.QUEUE)
    void onPaymentResult(Message message) {
        try (var logContext = MessageLogContext.open()) {
            var command = toCommand(message, logContext);
            var result = settleOrder.settleOrder(command);
            if (result instanceof SettleOrderResult.UnknownOrder unknown) {
                throw reject("No order " + unknown.orderId().value() + " is known");
            }
            if (result instanceof SettleOrderResult.AmountMismatch mismatch) {
                throw reject("Order " + mismatch.orderId().value() + " is for " + mismatch.orderAmount()
                        + ", the payment result for " + mismatch.reportedAmount());
            }
            events.publishEvent(new MessageHandled(PaymentResultsTopology.QUEUE, command.messageId(), result));
            log.debug("Payment result {} for order {}: {}", command.messageId(), command.orderId().value(), result);
        }
    }

    private SettleOrderCommand toCommand(Message message, MessageLogContext logContext) {
        var body = InboundMessages.body(message, json);
        var messageId = InboundMessages.messageId(message, body.optionalUuid("eventId"));
        logContext.messageId(messageId);
        var orderId = new OrderId(body.uuid("orderId"));
        logContext.orderId(orderId.value());
        var amount = new Money(body.amount("amount"));
        var routingKey = message.getMessageProperties().getReceivedRoutingKey();
        if (PaymentResultsTopology.PAYMENT_SUCCEEDED.equals(routingKey)) {
            return new SettleOrderCommand.Paid(messageId, orderId, amount);
        }
        if (PaymentResultsTopology.PAYMENT_FAILED.equals(routingKey)) {
            return new SettleOrderCommand.PaymentFailed(messageId, orderId, amount,
                    failureReason(body.string("reason")));
        }
        throw reject("Unexpected routing key " + excerpt(routingKey));
    }

    private static FailureReason failureReason(String reason) {
        try {
            return FailureReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            throw reject("Unknown failure reason " + excerpt(reason));
        }
    }
}
