package com.gozon.payments;

import com.gozon.payments.adapter.in.messaging.PaymentRequestsTopology;
import com.gozon.payments.adapter.out.messaging.PaymentFailed;
import com.gozon.payments.adapter.out.messaging.PaymentSucceeded;
import com.gozon.payments.application.port.in.FindAccountQuery;
import com.gozon.payments.application.port.in.OpenAccountUseCase;
import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderResult;
import com.gozon.payments.application.port.in.PayOrderUseCase;
import com.gozon.payments.application.port.in.TopUpUseCase;
import com.gozon.payments.domain.DeclineReason;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.PaymentOutcome;
import com.gozon.payments.domain.UserId;
import com.gozon.support.GozonModuleTest;
import com.gozon.support.HandledMessages;
import com.gozon.support.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payments module on its own: its event in is an order's payment request, its event out the payment's outcome,
 * committed with the debit.
 */
@GozonModuleTest
class PaymentsModuleTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    OpenAccountUseCase openAccount;

    @Autowired
    TopUpUseCase topUp;

    @Autowired
    FindAccountQuery findAccount;

    @Autowired
    PayOrderUseCase payOrder;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    HandledMessages handled;

    // one instance serves every test of an @ApplicationModuleTest: each test takes a user and an order of its own
    UserId userId;
    OrderId orderId;

    @BeforeEach
    void accountWithFifty() {
        userId = new UserId(UUID.randomUUID());
        orderId = new OrderId(UUID.randomUUID());
        openAccount.openAccount(userId);
        topUp.topUp(userId, userId, Money.of("50.00"), null);
    }

    @Test
    void paymentRequestDebitsTheAccountOnce(Scenario scenario) {
        var messageId = UUID.randomUUID();

        scenario.stimulate(() -> rabbit.send(PaymentRequestsTopology.ORDERS_EXCHANGE,
                        PaymentRequestsTopology.PAYMENT_REQUESTED, Messages.json(messageId.toString(), """
                                {"eventId":"%s","orderId":"%s","userId":"%s","amount":20.00,
                                 "requestedAt":"2026-01-01T00:00:00Z"}"""
                                .formatted(messageId, orderId.value(), userId.value()))))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> handled.resultsOf(messageId), results -> !results.isEmpty())
                .andVerify(results -> {
                    assertThat(results).singleElement().isInstanceOfSatisfying(PayOrderResult.Applied.class,
                            applied -> assertThat(applied.payment().outcome()).isEqualTo(new PaymentOutcome.Succeeded()));
                    assertThat(findAccount.findAccount(userId, userId).orElseThrow().balance()).isEqualTo(Money.of("30.00"));
                });
    }

    @Test
    void paymentWithinTheBalanceIsAnnouncedAsSucceeded(Scenario scenario) {
        scenario.stimulate(() -> payOrder.payOrder(new PayOrderCommand(UUID.randomUUID(), orderId, userId,
                        Money.of("50.00"))))
                .andWaitForEventOfType(PaymentSucceeded.class)
                .matchingMappedValue(PaymentSucceeded::orderId, orderId.value())
                .toArriveAndVerify(succeeded -> {
                    assertThat(succeeded.userId()).isEqualTo(userId.value());
                    assertThat(succeeded.amount()).isEqualByComparingTo("50.00");
                });
    }

    @Test
    void paymentAboveTheBalanceIsAnnouncedAsFailedAndDebitsNothing(Scenario scenario) {
        scenario.stimulate(() -> payOrder.payOrder(new PayOrderCommand(UUID.randomUUID(), orderId, userId,
                        Money.of("50.01"))))
                .andWaitForEventOfType(PaymentFailed.class)
                .matchingMappedValue(PaymentFailed::orderId, orderId.value())
                .toArriveAndVerify(failed -> {
                    assertThat(failed.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS.name());
                    assertThat(findAccount.findAccount(userId, userId).orElseThrow().balance()).isEqualTo(Money.of("50.00"));
                });
    }
}
