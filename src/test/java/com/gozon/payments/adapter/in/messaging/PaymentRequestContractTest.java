package com.gozon.payments.adapter.in.messaging;

import com.gozon.inbox.MessageBatches;
import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderResult;
import com.gozon.support.Contracts;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;

import java.util.ArrayList;
import java.util.List;

import static com.gozon.support.Contracts.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** Payments reads {@code order.payment-requested} as the contract shows it, and refuses what breaks it. */
class PaymentRequestContractTest {

    final List<PayOrderCommand> commands = new ArrayList<>();
    final PaymentRequestListener listener = new PaymentRequestListener(command -> {
        commands.add(command);
        return new PayOrderResult.DuplicateMessage();
    }, Contracts.JSON, mock(MessageBatches.class));

    @Test
    void readsTheContractExample() {
        var example = Contracts.example(PaymentRequestsTopology.PAYMENT_REQUESTED);

        readAndHandle(Contracts.exampleMessage(PaymentRequestsTopology.PAYMENT_REQUESTED));

        assertThat(commands).singleElement().satisfies(command -> {
            assertThat(command.messageId()).isEqualTo(uuid(example, "eventId"));
            assertThat(command.orderId().value()).isEqualTo(uuid(example, "orderId"));
            assertThat(command.userId().value()).isEqualTo(uuid(example, "userId"));
            assertThat(command.amount().amount()).isEqualByComparingTo("50.00");
        });
    }

    @Test
    void aBatchLocksAccountsInTheOrderOfTheirUsers() {
        var example = Contracts.example(PaymentRequestsTopology.PAYMENT_REQUESTED);

        var inbound = listener.read(Contracts.exampleMessage(PaymentRequestsTopology.PAYMENT_REQUESTED));

        assertThat(inbound.lockKey()).isEqualTo(uuid(example, "userId") + "/" + uuid(example, "eventId"));
    }

    @Test
    void refusesAMessageWithoutAmount() {
        var message = Contracts.exampleMessage(PaymentRequestsTopology.PAYMENT_REQUESTED);
        var body = (tools.jackson.databind.node.ObjectNode) Contracts.JSON.readTree(message.getBody());
        body.remove("amount");

        assertThatThrownBy(() -> readAndHandle(new Message(Contracts.JSON.writeValueAsBytes(body),
                message.getMessageProperties()))).isInstanceOf(AmqpRejectAndDontRequeueException.class);
        assertThat(commands).isEmpty();
    }

    @Test
    void refusesAnAmountWithMoreThanTwoFractionalDigits() {
        var message = Contracts.exampleMessage(PaymentRequestsTopology.PAYMENT_REQUESTED);
        var body = (tools.jackson.databind.node.ObjectNode) Contracts.JSON.readTree(message.getBody());
        body.put("amount", new java.math.BigDecimal("1.001"));

        assertThatThrownBy(() -> readAndHandle(new Message(Contracts.JSON.writeValueAsBytes(body),
                message.getMessageProperties()))).isInstanceOf(AmqpRejectAndDontRequeueException.class);
    }

    /** What the batch does with each message of it: read it, then hand its command to the use case. */
    /** Issue 18: a module's broker user bound the requests queue to the parking exchange and forged a request. */
    @Test
    void refusesARequestThatCameThroughAnotherExchangeOrRoutingKey() {
        var throughParking = Contracts.exampleMessage(PaymentRequestsTopology.PAYMENT_REQUESTED);
        throughParking.getMessageProperties().setReceivedExchange("gozon.parking");
        var otherKey = Contracts.exampleMessage(PaymentRequestsTopology.PAYMENT_REQUESTED);
        otherKey.getMessageProperties().setReceivedRoutingKey("payments.payment-requests");

        assertThatThrownBy(() -> listener.read(throughParking))
                .isInstanceOf(AmqpRejectAndDontRequeueException.class).hasMessageContaining("gozon.parking");
        assertThatThrownBy(() -> listener.read(otherKey))
                .isInstanceOf(AmqpRejectAndDontRequeueException.class).hasMessageContaining("payments.payment-requests");
    }

    private void readAndHandle(Message message) {
        listener.handle(listener.read(message).command());
    }
}
