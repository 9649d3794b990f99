package com.gozon.payments.application;

import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

@Service
class AccountService implements OpenAccountUseCase, TopUpUseCase, FindAccountQuery {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OpenAccountResult openAccount(UserId owner) {
        var account = Account.open(owner, clock.instant());
        return accounts.insertIfAbsent(account)
                ? new OpenAccountResult.Opened(account)
                : new OpenAccountResult.AlreadyExists();
    }

    @Override
    @Transactional
    public Optional<Account> topUp(UserId owner, Money amount) {
        var found = accounts.findByOwnerForUpdate(owner);
        found.ifPresent(account -> {
            account.topUp(amount, clock.instant());
            accounts.update(account);
        });
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findAccount(UserId owner) {
        return accounts.findByOwner(owner);
    }
}
