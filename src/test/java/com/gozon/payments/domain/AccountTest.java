package com.gozon.payments.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void newAccountIsEmpty() {
        assertThat(Account.open(owner(), NOW).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void topUpAddsAndDebitTakesAway() {
        var account = Account.open(owner(), NOW);

        account.topUp(Money.of("100.50"), NOW);
        var result = account.debit(Money.of("50.25"), NOW);

        assertThat(result).isEqualTo(new DebitResult.Debited(Money.of("50.25")));
        assertThat(account.balance()).isEqualTo(Money.of("50.25"));
    }

    @Test
    void debitAboveTheBalanceChangesNothing() {
        var account = Account.open(owner(), NOW);
        account.topUp(Money.of("10.00"), NOW);

        var result = account.debit(Money.of("10.01"), NOW.plusSeconds(1));

        assertThat(result).isInstanceOf(DebitResult.InsufficientFunds.class);
        assertThat(account.balance()).isEqualTo(Money.of("10.00"));
        assertThat(account.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void debitOfTheWholeBalanceLeavesZero() {
        var account = Account.open(owner(), NOW);
        account.topUp(Money.of("10.00"), NOW);

        assertThat(account.debit(Money.of("10.00"), NOW)).isEqualTo(new DebitResult.Debited(Money.ZERO));
    }

    @Test
    void topUpBeyondTheLimitIsRefused() {
        var account = Account.restore(owner(), Account.MAX_BALANCE, NOW, NOW);

        assertThatThrownBy(() -> account.topUp(Money.of("0.01"), NOW))
                .isInstanceOf(BalanceLimitExceededException.class);
        assertThat(account.balance()).isEqualTo(Account.MAX_BALANCE);
    }

    static UserId owner() {
        return new UserId(UUID.randomUUID());
    }
}
