package com.gozon.payments.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final UserId PAYER = new UserId(UUID.randomUUID());

    @Test
    void succeedsAndDebitsWhenTheAccountHoldsEnough() {
        var account = Account.restore(PAYER, Money.of("30.00"), NOW, NOW);

        var payment = Payment.attempt(UUID.randomUUID(), PAYER, Money.of("30.00"), account, NOW);

        assertThat(payment.outcome()).isEqualTo(new PaymentOutcome.Succeeded());
        assertThat(account.balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void isDeclinedForInsufficientFunds() {
        var account = Account.restore(PAYER, Money.of("29.99"), NOW, NOW);

        var payment = Payment.attempt(UUID.randomUUID(), PAYER, Money.of("30.00"), account, NOW);

        assertThat(payment.outcome()).isEqualTo(new PaymentOutcome.Declined(DeclineReason.INSUFFICIENT_FUNDS));
        assertThat(account.balance()).isEqualTo(Money.of("29.99"));
    }

    @Test
    void isDeclinedWithoutAnAccount() {
        var payment = Payment.attempt(UUID.randomUUID(), PAYER, Money.of("1.00"), null, NOW);

        assertThat(payment.outcome()).isEqualTo(new PaymentOutcome.Declined(DeclineReason.ACCOUNT_NOT_FOUND));
    }
}
