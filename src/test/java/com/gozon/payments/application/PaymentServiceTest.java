package com.gozon.payments.application;

import com.gozon.payments.application.port.in.PageRequest;
import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderResult;
import com.gozon.payments.application.port.out.AccountRepository;
import com.gozon.payments.application.port.out.PaymentRepository;
import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.DeclineReason;
import com.gozon.payments.domain.EntryKind;
import com.gozon.payments.domain.LedgerEntry;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.Payment;
import com.gozon.payments.domain.PaymentOutcome;
import com.gozon.payments.domain.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentServiceTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryPayments payments = new InMemoryPayments();
    final Set<UUID> inbox = new HashSet<>();
    final List<Payment> announced = new ArrayList<>();
    final PaymentService service = new PaymentService(inbox::add, accounts, payments, announced::add,
            Clock.fixed(NOW, ZoneOffset.UTC));

    final UserId userId = new UserId(UUID.randomUUID());

    @Test
    void paysFromTheAccountAndAnnouncesTheSuccess() {
        givenAccountWith("100.00");

        var result = service.payOrder(command(UUID.randomUUID(), newOrder(), "40.00"));

        assertThat(result).isInstanceOfSatisfying(PayOrderResult.Applied.class, applied ->
                assertThat(applied.payment().outcome()).isEqualTo(new PaymentOutcome.Succeeded()));
        assertThat(balance()).isEqualTo(Money.of("60.00"));
        assertThat(announced).singleElement().extracting(Payment::outcome).isEqualTo(new PaymentOutcome.Succeeded());
    }

    @Test
    void sameMessageTwiceChangesNothingTheSecondTime() {
        givenAccountWith("100.00");
        var command = command(UUID.randomUUID(), newOrder(), "40.00");

        service.payOrder(command);
        var second = service.payOrder(command);

        assertThat(second).isEqualTo(new PayOrderResult.DuplicateMessage());
        assertThat(balance()).isEqualTo(Money.of("60.00"));
        assertThat(announced).hasSize(1);
    }

    /** Issue 19: Orders asks again for an order still NEW; the recorded outcome is its answer, nothing is paid again. */
    @Test
    void secondRequestForTheSameOrderPaysNothingAndAnnouncesTheRecordedOutcomeAgain() {
        givenAccountWith("100.00");
        var orderId = newOrder();

        service.payOrder(command(UUID.randomUUID(), orderId, "40.00"));
        var second = service.payOrder(command(UUID.randomUUID(), orderId, "40.00"));

        var recorded = payments.stored.get(0);
        assertThat(second).isEqualTo(new PayOrderResult.AlreadySettled(recorded));
        assertThat(balance()).isEqualTo(Money.of("60.00"));
        assertThat(payments.stored).hasSize(1);
        assertThat(announced).containsExactly(recorded, recorded);
    }

    @Test
    void declinesAndAnnouncesWhenTheBalanceIsTooLow() {
        givenAccountWith("10.00");

        var result = service.payOrder(command(UUID.randomUUID(), newOrder(), "10.01"));

        assertThat(result).isInstanceOfSatisfying(PayOrderResult.Applied.class, applied ->
                assertThat(applied.payment().outcome())
                        .isEqualTo(new PaymentOutcome.Declined(DeclineReason.INSUFFICIENT_FUNDS)));
        assertThat(balance()).isEqualTo(Money.of("10.00"));
        assertThat(payments.stored).hasSize(1);
        assertThat(announced).hasSize(1);
    }

    @Test
    void declinesWhenThereIsNoAccount() {
        var result = service.payOrder(command(UUID.randomUUID(), newOrder(), "1.00"));

        assertThat(result).isInstanceOfSatisfying(PayOrderResult.Applied.class, applied ->
                assertThat(applied.payment().outcome())
                        .isEqualTo(new PaymentOutcome.Declined(DeclineReason.ACCOUNT_NOT_FOUND)));
        assertThat(announced).hasSize(1);
    }

    @Test
    void debitIsAnEntryOfTheLedgerAndTheBalanceIsTheSumOfTheEntries() {
        givenAccountWith("100.00");
        var orderId = newOrder();

        service.payOrder(command(UUID.randomUUID(), orderId, "40.00"));

        assertThat(accounts.entries).extracting(LedgerEntry::kind)
                .containsExactly(EntryKind.OPENED, EntryKind.TOP_UP, EntryKind.DEBIT);
        assertThat(accounts.entries.get(2).orderId()).isEqualTo(orderId);
        assertThat(accounts.entries.stream().map(LedgerEntry::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(balance().amount());
    }

    @Test
    void declinedPaymentLeavesTheLedgerAlone() {
        givenAccountWith("10.00");

        service.payOrder(command(UUID.randomUUID(), newOrder(), "10.01"));

        assertThat(accounts.entries).extracting(LedgerEntry::kind).containsExactly(EntryKind.OPENED, EntryKind.TOP_UP);
    }

    private void givenAccountWith(String amount) {
        var account = Account.open(userId, NOW);
        account.credit(Money.of(amount), NOW);
        accounts.insertIfAbsent(account);
    }

    private Money balance() {
        return accounts.findByUserId(userId).orElseThrow().balance();
    }

    private static OrderId newOrder() {
        return new OrderId(UUID.randomUUID());
    }

    private PayOrderCommand command(UUID messageId, OrderId orderId, String amount) {
        return new PayOrderCommand(messageId, orderId, userId, Money.of(amount));
    }

    static class InMemoryAccounts implements AccountRepository {

        final Map<UserId, Account> accounts = new HashMap<>();
        final List<LedgerEntry> entries = new ArrayList<>();

        @Override
        public boolean insertIfAbsent(Account account) {
            if (accounts.putIfAbsent(account.userId(), copy(account)) != null) {
                return false;
            }
            entries.addAll(account.newEntries());
            return true;
        }

        @Override
        public void update(Account account) {
            accounts.put(account.userId(), copy(account));
            entries.addAll(account.newEntries());
        }

        @Override
        public List<LedgerEntry> findLedgerEntries(UserId userId, PageRequest page) {
            return entries.stream().filter(entry -> entry.userId().equals(userId)).toList();
        }

        @Override
        public Optional<Account> findByUserId(UserId userId) {
            return Optional.ofNullable(accounts.get(userId)).map(InMemoryAccounts::copy);
        }

        @Override
        public Optional<Account> findByUserIdForUpdate(UserId userId) {
            return findByUserId(userId);
        }

        /** What a database does: what comes back is not the object that went in, and has no new entries. */
        private static Account copy(Account account) {
            return Account.restore(account.userId(), account.balance(), account.ledgerSequence(),
                    account.createdAt(), account.updatedAt());
        }
    }

    static class InMemoryPayments implements PaymentRepository {

        final List<Payment> stored = new ArrayList<>();

        @Override
        public Optional<Payment> findByOrder(OrderId orderId) {
            return stored.stream().filter(payment -> payment.orderId().equals(orderId)).findFirst();
        }

        @Override
        public void insert(Payment payment) {
            stored.add(payment);
        }
    }
}
