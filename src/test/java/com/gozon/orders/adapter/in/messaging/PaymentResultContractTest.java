package com.gozon.orders.adapter.in.messaging;

import com.gozon.inbox.MessageBatches;
import com.gozon.orders.application.port.in.SettleOrderCommand;
import com.gozon.orders.application.port.in.SettleOrderResult;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;
import com.gozon.support.Contracts;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;

import java.util.ArrayList;
import java.util.List;

import static com.gozon.support.Contracts.decimal;
import static com.gozon.support.Contracts.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** Orders reads {@code payment.succeeded} and {@code payment.failed} as the contracts show them. */
class PaymentResultContractTest {

    final List<SettleOrderCommand> commands = new ArrayList<>();
    final PaymentResultListener listener = new PaymentResultListener(command -> {
        commands.add(command);
        return new SettleOrderResult.DuplicateMessage();
    }, Contracts.JSON, mock(MessageBatches.class));

    @Test
    void readsPaymentSucceeded() {
        var example = Contracts.example(PaymentResultsTopology.PAYMENT_SUCCEEDED);

        readAndHandle(Contracts.exampleMessage(PaymentResultsTopology.PAYMENT_SUCCEEDED));

        assertThat(commands).singleElement().isEqualTo(new SettleOrderCommand.Paid(uuid(example, "eventId"),
                new OrderId(uuid(example, "orderId")), new UserId(uuid(example, "userId")),
                new Money(decimal(example, "amount"))));
    }

    @Test
    void aBatchLocksOrdersInTheOrderOfTheirIds() {
        var example = Contracts.example(PaymentResultsTopology.PAYMENT_SUCCEEDED);

        var inbound = listener.read(Contracts.exampleMessage(PaymentResultsTopology.PAYMENT_SUCCEEDED));

        assertThat(inbound.lockKey()).isEqualTo(uuid(example, "orderId") + "/" + uuid(example, "eventId"));
    }

    @Test
    void refusesAResultWithoutAmount() {
        var message = Contracts.exampleMessage(PaymentResultsTopology.PAYMENT_SUCCEEDED);
        var body = (tools.jackson.databind.node.ObjectNode) Contracts.JSON.readTree(message.getBody());
        body.remove("amount");

        assertThatThrownBy(() -> readAndHandle(new Message(Contracts.JSON.writeValueAsBytes(body),
                message.getMessageProperties()))).isInstanceOf(AmqpRejectAndDontRequeueException.class)
                .hasMessageContaining("amount");
        assertThat(commands).isEmpty();
    }

    /** Issue 18: a module's broker user bound the results queue to the parking exchange and forged a result. */
    @Test
    void refusesAResultThatCameThroughAnotherExchange() {
        var message = Contracts.exampleMessage(PaymentResultsTopology.PAYMENT_SUCCEEDED);
        message.getMessageProperties().setReceivedExchange("gozon.parking");

        assertThatThrownBy(() -> readAndHandle(message)).isInstanceOf(AmqpRejectAndDontRequeueException.class)
                .hasMessageContaining("gozon.parking");
        assertThat(commands).isEmpty();
    }

    @Test
    void readsPaymentFailedWithItsReason() {
        var example = Contracts.example(PaymentResultsTopology.PAYMENT_FAILED);

        readAndHandle(Contracts.exampleMessage(PaymentResultsTopology.PAYMENT_FAILED));

        assertThat(commands).singleElement().isEqualTo(new SettleOrderCommand.PaymentFailed(uuid(example, "eventId"),
                new OrderId(uuid(example, "orderId")), new UserId(uuid(example, "userId")),
                new Money(decimal(example, "amount")),
                FailureReason.INSUFFICIENT_FUNDS));
    }

    /** What the batch does with each message of it: read it, then hand its command to the use case. */
    private void readAndHandle(Message message) {
        listener.handle(listener.read(message).command());
    }
}
