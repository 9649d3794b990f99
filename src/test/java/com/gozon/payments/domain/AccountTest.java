package com.gozon.payments.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final OrderId ORDER = new OrderId(UUID.randomUUID());

    @Test
    void newAccountIsEmpty() {
        assertThat(Account.open(user(), NOW).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void creditAddsAndDebitTakesAway() {
        var account = Account.open(user(), NOW);

        var credit = account.credit(Money.of("100.50"), NOW);
        var result = account.debit(ORDER, Money.of("50.25"), NOW);

        assertThat(credit).isEqualTo(new CreditResult.Credited(Money.of("100.50")));
        assertThat(result).isEqualTo(new DebitResult.Debited(Money.of("50.25")));
        assertThat(account.balance()).isEqualTo(Money.of("50.25"));
    }

    @Test
    void debitAboveTheBalanceChangesNothing() {
        var account = Account.open(user(), NOW);
        account.credit(Money.of("10.00"), NOW);

        var result = account.debit(ORDER, Money.of("10.01"), NOW.plusSeconds(1));

        assertThat(result).isInstanceOf(DebitResult.InsufficientFunds.class);
        assertThat(account.balance()).isEqualTo(Money.of("10.00"));
        assertThat(account.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void debitOfTheWholeBalanceLeavesZero() {
        var account = Account.open(user(), NOW);
        account.credit(Money.of("10.00"), NOW);

        assertThat(account.debit(ORDER, Money.of("10.00"), NOW)).isEqualTo(new DebitResult.Debited(Money.ZERO));
    }

    @Test
    void creditBeyondTheLimitChangesNothing() {
        var account = Account.restore(user(), Account.MAX_BALANCE, 7, NOW, NOW);

        var result = account.credit(Money.of("0.01"), NOW.plusSeconds(1));

        assertThat(result).isEqualTo(new CreditResult.BalanceLimitExceeded(Account.MAX_BALANCE));
        assertThat(account.balance()).isEqualTo(Account.MAX_BALANCE);
        assertThat(account.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void everyChangeOfTheBalanceIsALedgerEntryThatCarriesTheBalanceAfterIt() {
        var account = Account.open(user(), NOW);
        account.credit(Money.of("100.00"), NOW);
        account.debit(ORDER, Money.of("30.00"), NOW);

        assertThat(account.newEntries()).extracting(LedgerEntry::sequence, LedgerEntry::kind,
                        LedgerEntry::signedAmount, LedgerEntry::balanceAfter)
                .containsExactly(
                        tuple(1L, EntryKind.OPENED, new BigDecimal("0.00"), Money.ZERO),
                        tuple(2L, EntryKind.TOP_UP, new BigDecimal("100.00"), Money.of("100.00")),
                        tuple(3L, EntryKind.DEBIT, new BigDecimal("-30.00"), Money.of("70.00")));
        assertThat(account.newEntries().get(2).orderId()).isEqualTo(ORDER);
        assertThat(account.ledgerSequence()).isEqualTo(3);
    }

    @Test
    void refusedChangesWriteNoEntry() {
        var account = Account.restore(user(), Money.of("10.00"), 4, NOW, NOW);

        account.debit(ORDER, Money.of("10.01"), NOW);
        account.credit(Account.MAX_BALANCE, NOW);

        assertThat(account.newEntries()).isEmpty();
        assertThat(account.ledgerSequence()).isEqualTo(4);
    }

    @Test
    void loadedAccountContinuesItsLedger() {
        var account = Account.restore(user(), Money.of("10.00"), 4, NOW, NOW);

        account.credit(Money.of("5.00"), NOW);

        assertThat(account.newEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.sequence()).isEqualTo(5))
                .satisfies(entry -> assertThat(entry.balanceAfter()).isEqualTo(Money.of("15.00")));
    }

    static UserId user() {
        return new UserId(UUID.randomUUID());
    }
}
