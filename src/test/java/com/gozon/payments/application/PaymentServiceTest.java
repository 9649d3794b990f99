package com.gozon.payments.application;

import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderResult;
import com.gozon.payments.application.port.out.AccountRepository;
import com.gozon.payments.application.port.out.PaymentRepository;
import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.DeclineReason;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.OrderId;
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

    final UserId userId = new UserId(UUID.randomUUID());

    @Test
    void paysFromTheAccountAndAnnouncesTheSuccess() {
        accounts.insertIfAbsent(Account.restore(userId, Money.of("100.00"), NOW, NOW));

        var result = service.payOrder(command(UUID.randomUUID(), newOrder(), "40.00"));

        assertThat(result).isInstanceOfSatisfying(PayOrderResult.Applied.class, applied ->
                assertThat(applied.payment().outcome()).isEqualTo(new PaymentOutcome.Succeeded()));
        assertThat(balance()).isEqualTo(Money.of("60.00"));
        assertThat(announced).singleElement().extracting(Payment::outcome).isEqualTo(new PaymentOutcome.Succeeded());
    }

    @Test
    void sameMessageTwiceChangesNothingTheSecondTime() {
        accounts.insertIfAbsent(Account.restore(userId, Money.of("100.00"), NOW, NOW));
        var command = command(UUID.randomUUID(), newOrder(), "40.00");

        service.payOrder(command);
        var second = service.payOrder(command);

        assertThat(second).isEqualTo(new PayOrderResult.DuplicateMessage());
        assertThat(balance()).isEqualTo(Money.of("60.00"));
        assertThat(announced).hasSize(1);
    }

    @Test
    void secondRequestForTheSameOrderChangesNothing() {
        accounts.insertIfAbsent(Account.restore(userId, Money.of("100.00"), NOW, NOW));
        var orderId = newOrder();

        service.payOrder(command(UUID.randomUUID(), orderId, "40.00"));
        var second = service.payOrder(command(UUID.randomUUID(), orderId, "40.00"));

        assertThat(second).isEqualTo(new PayOrderResult.AlreadySettled());
        assertThat(balance()).isEqualTo(Money.of("60.00"));
    }

    @Test
    void declinesAndAnnouncesWhenTheBalanceIsTooLow() {
        accounts.insertIfAbsent(Account.restore(userId, Money.of("10.00"), NOW, NOW));

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

        @Override
        public boolean insertIfAbsent(Account account) {
            return accounts.putIfAbsent(account.userId(), copy(account)) == null;
        }

        @Override
        public void update(Account account) {
            accounts.put(account.userId(), copy(account));
        }

        @Override
        public Optional<Account> findByUserId(UserId userId) {
            return Optional.ofNullable(accounts.get(userId)).map(InMemoryAccounts::copy);
        }

        @Override
        public Optional<Account> findByUserIdForUpdate(UserId userId) {
            return findByUserId(userId);
        }

        /** What a database does: what comes back is not the object that went in. */
        private static Account copy(Account account) {
            return Account.restore(account.userId(), account.balance(), account.createdAt(), account.updatedAt());
        }
    }

    static class InMemoryPayments implements PaymentRepository {

        final List<Payment> stored = new ArrayList<>();

        @Override
        public boolean existsForOrder(OrderId orderId) {
            return stored.stream().anyMatch(payment -> payment.orderId().equals(orderId));
        }

        @Override
        public void insert(Payment payment) {
            stored.add(payment);
        }
    }
}
