package com.gozon.payments.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void newAccountIsEmpty() {
        assertThat(Account.open(user(), NOW).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void creditAddsAndDebitTakesAway() {
        var account = Account.open(user(), NOW);

        var credit = account.credit(Money.of("100.50"), NOW);
        var result = account.debit(Money.of("50.25"), NOW);

        assertThat(credit).isEqualTo(new CreditResult.Credited(Money.of("100.50")));
        assertThat(result).isEqualTo(new DebitResult.Debited(Money.of("50.25")));
        assertThat(account.balance()).isEqualTo(Money.of("50.25"));
    }

    @Test
    void debitAboveTheBalanceChangesNothing() {
        var account = Account.open(user(), NOW);
        account.credit(Money.of("10.00"), NOW);

        var result = account.debit(Money.of("10.01"), NOW.plusSeconds(1));

        assertThat(result).isInstanceOf(DebitResult.InsufficientFunds.class);
        assertThat(account.balance()).isEqualTo(Money.of("10.00"));
        assertThat(account.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void debitOfTheWholeBalanceLeavesZero() {
        var account = Account.open(user(), NOW);
        account.credit(Money.of("10.00"), NOW);

        assertThat(account.debit(Money.of("10.00"), NOW)).isEqualTo(new DebitResult.Debited(Money.ZERO));
    }

    @Test
    void creditBeyondTheLimitChangesNothing() {
        var account = Account.restore(user(), Account.MAX_BALANCE, NOW, NOW);

        var result = account.credit(Money.of("0.01"), NOW.plusSeconds(1));

        assertThat(result).isEqualTo(new CreditResult.BalanceLimitExceeded(Account.MAX_BALANCE));
        assertThat(account.balance()).isEqualTo(Account.MAX_BALANCE);
        assertThat(account.updatedAt()).isEqualTo(NOW);
    }

    static UserId user() {
        return new UserId(UUID.randomUUID());
    }
}
