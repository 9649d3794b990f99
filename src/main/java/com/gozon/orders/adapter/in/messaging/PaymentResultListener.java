package com.gozon.orders.adapter.in.messaging;

import com.gozon.inbox.InboundMessage;
import com.gozon.inbox.InboundMessages;
import com.gozon.inbox.MessageBatches;
import com.gozon.inbox.MessageHandling;
import com.gozon.orders.application.port.in.SettleOrderCommand;
import com.gozon.orders.application.port.in.SettleOrderResult;
import com.gozon.orders.application.port.in.SettleOrderUseCase;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static com.gozon.inbox.InboundMessages.excerpt;
import static com.gozon.inbox.InboundMessages.reject;

/**
 * Turns payment outcomes into order state, a batch of outcomes at a time in one transaction ({@link MessageBatches},
 * ADR 0021): the container acknowledges the batch only after it committed. An outcome for an order that does not
 * exist, for another user or another amount than the order's, or that came through another exchange than Payments',
 * is parked: it cannot be the answer to this shop's request. The
 * others of its batch are settled.
 */
@Component
class PaymentResultListener implements MessageHandling<SettleOrderCommand> {

    private static final Logger log = LoggerFactory.getLogger(PaymentResultListener.class);

    private final SettleOrderUseCase settleOrder;
    private final JsonMapper json;
    private final MessageBatches batches;

    PaymentResultListener(SettleOrderUseCase settleOrder, JsonMapper json, MessageBatches batches) {
        this.settleOrder = settleOrder;
        this.json = json;
        this.batches = batches;
    }

    @RabbitListener(id = PaymentResultsTopology.QUEUE, queues = PaymentResultsTopology.QUEUE)
    void onPaymentResults(List<Message> messages) {
        batches.handle(PaymentResultsTopology.QUEUE, messages, this);
    }

    /** Outcomes are applied in the order of their orders, whose rows they lock. */
    @Override
    public InboundMessage<SettleOrderCommand> read(Message message) {
        var body = InboundMessages.body(message, json);
        var messageId = InboundMessages.messageId(message, body.optionalUuid("eventId"));
        var exchange = message.getMessageProperties().getReceivedExchange();
        if (!PaymentResultsTopology.PAYMENTS_EXCHANGE.equals(exchange)) {
            // a result comes from Payments' exchange only: one that came through another (the parking exchange,
            // say, to which a queue was bound by someone else) is no answer of Payments (issue 18)
            throw reject("A payment result came through the exchange " + excerpt(exchange) + ", not "
                    + PaymentResultsTopology.PAYMENTS_EXCHANGE);
        }
        var orderId = new OrderId(body.uuid("orderId"));
        var userId = new UserId(body.uuid("userId"));
        var amount = new Money(body.amount("amount"));
        var routingKey = message.getMessageProperties().getReceivedRoutingKey();
        SettleOrderCommand command;
        if (PaymentResultsTopology.PAYMENT_SUCCEEDED.equals(routingKey)) {
            command = new SettleOrderCommand.Paid(messageId, orderId, userId, amount);
        } else if (PaymentResultsTopology.PAYMENT_FAILED.equals(routingKey)) {
            command = new SettleOrderCommand.PaymentFailed(messageId, orderId, userId, amount,
                    failureReason(body.string("reason")));
        } else {
            throw reject("Unexpected routing key " + excerpt(routingKey));
        }
        return new InboundMessage<>(messageId, orderId.value(), orderId.value() + "/" + messageId, command);
    }

    @Override
    public Object handle(SettleOrderCommand command) {
        var result = settleOrder.settleOrder(command);
        if (result instanceof SettleOrderResult.UnknownOrder unknown) {
            throw reject("No order " + unknown.orderId().value() + " is known");
        }
        if (result instanceof SettleOrderResult.AmountMismatch mismatch) {
            throw reject("Order " + mismatch.orderId().value() + " is for " + mismatch.orderAmount()
                    + ", the payment result for " + mismatch.reportedAmount());
        }
        if (result instanceof SettleOrderResult.UserMismatch mismatch) {
            throw reject("Order " + mismatch.orderId().value() + " is " + mismatch.orderUser().value()
                    + "'s, the payment result " + mismatch.reportedUser().value() + "'s");
        }
        log.debug("Payment result {} for order {}: {}", command.messageId(), command.orderId().value(), result);
        return result;
    }

    private static FailureReason failureReason(String reason) {
        try {
            return FailureReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            throw reject("Unknown failure reason " + excerpt(reason));
        }
    }
}
