package com.gozon.payments.adapter.in.messaging;

import com.gozon.inbox.InboundMessages;
import com.gozon.inbox.InboundMessage;
import com.gozon.inbox.MessageBatches;
import com.gozon.inbox.MessageHandling;
import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderUseCase;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.UserId;
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
 * Pays orders on request, a batch of requests at a time in one transaction ({@link MessageBatches}, ADR 0021): the
 * container acknowledges the batch only after it committed. A request that cannot be read, or that came another way
 * than through Orders' exchange with Orders' routing key, is parked at once; one that fails is parked alone, and the
 * others are paid.
 */
@Component
class PaymentRequestListener implements MessageHandling<PayOrderCommand> {

    private static final Logger log = LoggerFactory.getLogger(PaymentRequestListener.class);

    private final PayOrderUseCase payOrder;
    private final JsonMapper json;
    private final MessageBatches batches;

    PaymentRequestListener(PayOrderUseCase payOrder, JsonMapper json, MessageBatches batches) {
        this.payOrder = payOrder;
        this.json = json;
        this.batches = batches;
    }

    @RabbitListener(id = PaymentRequestsTopology.QUEUE, queues = PaymentRequestsTopology.QUEUE)
    void onPaymentRequests(List<Message> messages) {
        batches.handle(PaymentRequestsTopology.QUEUE, messages, this);
    }

    /** Requests are paid in the order of their accounts, whose rows they lock. */
    @Override
    public InboundMessage<PayOrderCommand> read(Message message) {
        var properties = message.getMessageProperties();
        if (!PaymentRequestsTopology.ORDERS_EXCHANGE.equals(properties.getReceivedExchange())
                || !PaymentRequestsTopology.PAYMENT_REQUESTED.equals(properties.getReceivedRoutingKey())) {
            // a request comes from Orders' exchange with Orders' routing key only: one that came another way (the
            // parking exchange, to which a queue was bound by someone else) is no request of Orders (issue 18)
            throw reject("A payment request came through the exchange " + excerpt(properties.getReceivedExchange())
                    + " with the routing key " + excerpt(properties.getReceivedRoutingKey()) + ", not "
                    + PaymentRequestsTopology.ORDERS_EXCHANGE + " with " + PaymentRequestsTopology.PAYMENT_REQUESTED);
        }
        var body = InboundMessages.body(message, json);
        var messageId = InboundMessages.messageId(message, body.optionalUuid("eventId"));
        var orderId = new OrderId(body.uuid("orderId"));
        var userId = new UserId(body.uuid("userId"));
        var amount = body.amount("amount");
        try {
            var command = new PayOrderCommand(messageId, orderId, userId, Money.requested(amount));
            return new InboundMessage<>(messageId, orderId.value(), userId.value() + "/" + messageId, command);
        } catch (IllegalArgumentException e) {
            throw reject("Payment request " + messageId + ": " + e.getMessage());
        }
    }

    @Override
    public Object handle(PayOrderCommand command) {
        var result = payOrder.payOrder(command);
        log.debug("Payment request {} for order {}: {}", command.messageId(), command.orderId().value(), result);
        return result;
    }
}
