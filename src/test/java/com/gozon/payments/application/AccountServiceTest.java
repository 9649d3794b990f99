package com.gozon.payments.application;

import com.gozon.payments.application.port.in.OpenAccountResult;
import com.gozon.payments.application.port.in.TopUpResult;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A user opens, tops up and reads only their own account; another user's looks like none at all. */
class AccountServiceTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final PaymentServiceTest.InMemoryAccounts accounts = new PaymentServiceTest.InMemoryAccounts();
    final AccountService service = new AccountService(accounts, Clock.fixed(NOW, ZoneOffset.UTC));

    final UserId owner = new UserId(UUID.randomUUID());
    final UserId otherUser = new UserId(UUID.randomUUID());

    @Test
    void userOpensTopsUpAndReadsOwnAccount() {
        assertThat(service.openAccount(owner)).isInstanceOf(OpenAccountResult.Opened.class);

        assertThat(service.topUp(owner, owner, Money.of("10.00"), "key-1")).isInstanceOf(TopUpResult.ToppedUp.class);
        assertThat(service.findAccount(owner, owner)).hasValueSatisfying(account ->
                assertThat(account.balance()).isEqualTo(Money.of("10.00")));
    }

    @Test
    void anotherUsersAccountIsNotFoundAndStaysAsItWas() {
        service.openAccount(owner);

        assertThat(service.findAccount(otherUser, owner)).isEmpty();
        assertThat(service.topUp(otherUser, owner, Money.of("10.00"), null)).isEqualTo(new TopUpResult.AccountNotFound());
        assertThat(service.findAccount(owner, owner).orElseThrow().balance()).isEqualTo(Money.of("0.00"));
    }
}
