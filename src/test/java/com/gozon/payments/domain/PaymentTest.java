package com.gozon.payments.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final UserId USER = new UserId(UUID.randomUUID());
    static final OrderId ORDER = new OrderId(UUID.randomUUID());

    @Test
    void succeededPaymentRecordsTheDebitedOrder() {
        var payment = Payment.succeeded(ORDER, USER, Money.of("30.00"), NOW);

        assertThat(payment.outcome()).isEqualTo(new PaymentOutcome.Succeeded());
        assertThat(payment.orderId()).isEqualTo(ORDER);
        assertThat(payment.amount()).isEqualTo(Money.of("30.00"));
    }

    @Test
    void declinedPaymentKeepsItsReason() {
        var payment = Payment.declined(ORDER, USER, Money.of("30.00"), DeclineReason.INSUFFICIENT_FUNDS, NOW);

        assertThat(payment.outcome()).isEqualTo(new PaymentOutcome.Declined(DeclineReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void everyPaymentHasAnIdOfItsOwn() {
        assertThat(Payment.succeeded(ORDER, USER, Money.of("1.00"), NOW).id())
                .isNotEqualTo(Payment.succeeded(ORDER, USER, Money.of("1.00"), NOW).id());
    }
}
