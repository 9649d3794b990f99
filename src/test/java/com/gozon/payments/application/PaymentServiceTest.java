package com.gozon.payments.application;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.DeclineReason;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.Payment;
import com.gozon.payments.domain.PaymentOutcome;
import com.gozon.payments.domain.UserId;
import org.junit.jupiter.api.Test;

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

    final UserId payer = new UserId(UUID.randomUUID());

    @Test
    void paysFromTheAccountAndAnnouncesTheSuccess() {
        accounts.insertIfAbsent(Account.restore(payer, Money.of("100.00"), NOW, NOW));

        var result = service.payOrder(command(UUID.randomUUID(), UUID.randomUUID(), "40.00"));

        assertThat(result).isEqualTo(new PayOrderResult.Processed(new PaymentOutcome.Succeeded()));
        assertThat(accounts.findByOwner(payer).orElseThrow().balance()).isEqualTo(Money.of("60.00"));
        assertThat(announced).singleElement().extracting(Payment::outcome).isEqualTo(new PaymentOutcome.Succeeded());
    }

    @Test
    void sameMessageTwiceChangesNothingTheSecondTime() {
        accounts.insertIfAbsent(Account.restore(payer, Money.of("100.00"), NOW, NOW));
        var command = command(UUID.randomUUID(), UUID.randomUUID(), "40.00");

        service.payOrder(command);
        var second = service.payOrder(command);

        assertThat(second).isEqualTo(new PayOrderResult.DuplicateMessage());
        assertThat(accounts.findByOwner(payer).orElseThrow().balance()).isEqualTo(Money.of("60.00"));
        assertThat(announced).hasSize(1);
    }

    @Test
    void secondRequestForTheSameOrderChangesNothing() {
        accounts.insertIfAbsent(Account.restore(payer, Money.of("100.00"), NOW, NOW));
        var orderId = UUID.randomUUID();

        service.payOrder(command(UUID.randomUUID(), orderId, "40.00"));
        var second = service.payOrder(command(UUID.randomUUID(), orderId, "40.00"));

        assertThat(second).isEqualTo(new PayOrderResult.OrderAlreadyProcessed());
        assertThat(accounts.findByOwner(payer).orElseThrow().balance()).isEqualTo(Money.of("60.00"));
    }

    @Test
    void declinesAndAnnouncesWhenTheBalanceIsTooLow() {
        accounts.insertIfAbsent(Account.restore(payer, Money.of("10.00"), NOW, NOW));

        var result = service.payOrder(command(UUID.randomUUID(), UUID.randomUUID(), "10.01"));

        assertThat(result).isEqualTo(new PayOrderResult.Processed(
                new PaymentOutcome.Declined(DeclineReason.INSUFFICIENT_FUNDS)));
        assertThat(accounts.findByOwner(payer).orElseThrow().balance()).isEqualTo(Money.of("10.00"));
        assertThat(payments.stored).hasSize(1);
        assertThat(announced).hasSize(1);
    }

    @Test
    void declinesWhenThereIsNoAccount() {
        var result = service.payOrder(command(UUID.randomUUID(), UUID.randomUUID(), "1.00"));

        assertThat(result).isEqualTo(new PayOrderResult.Processed(
                new PaymentOutcome.Declined(DeclineReason.ACCOUNT_NOT_FOUND)));
    }

    PayOrderCommand command(UUID messageId, UUID orderId, String amount) {
        return new PayOrderCommand(messageId, orderId, payer, Money.of(amount));
    }

    static class InMemoryAccounts implements AccountRepository {

        final Map<UserId, Account> accounts = new HashMap<>();

        @Override
        public boolean insertIfAbsent(Account account) {
            return accounts.putIfAbsent(account.owner(), account) == null;
        }

        @Override
        public Optional<Account> findByOwner(UserId owner) {
            return Optional.ofNullable(accounts.get(owner))
                    .map(a -> Account.restore(a.owner(), a.balance(), a.createdAt(), a.updatedAt()));
        }

        @Override
        public Optional<Account> findByOwnerForUpdate(UserId owner) {
            return findByOwner(owner);
        }

        @Override
        public void update(Account account) {
            accounts.put(account.owner(), account);
        }
    }

    static class InMemoryPayments implements PaymentRepository {

        final List<Payment> stored = new ArrayList<>();

        @Override
        public boolean existsForOrder(UUID orderId) {
            return stored.stream().anyMatch(payment -> payment.orderId().equals(orderId));
        }

        @Override
        public void insert(Payment payment) {
            stored.add(payment);
        }
    }
}
