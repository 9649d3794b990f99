package com.gozon.payments.application;

import com.gozon.payments.application.port.in.FindAccountQuery;
import com.gozon.payments.application.port.in.FindLedgerQuery;
import com.gozon.payments.application.port.in.LedgerPage;
import com.gozon.payments.application.port.in.OpenAccountResult;
import com.gozon.payments.application.port.in.OpenAccountUseCase;
import com.gozon.payments.application.port.in.PageRequest;
import com.gozon.payments.application.port.in.TopUpResult;
import com.gozon.payments.application.port.in.TopUpUseCase;
import com.gozon.payments.application.port.out.AccountRepository;
import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.CreditResult;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

@Service
class AccountService implements OpenAccountUseCase, TopUpUseCase, FindAccountQuery, FindLedgerQuery {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OpenAccountResult openAccount(UserId requester) {
        var account = Account.open(requester, clock.instant());
        return accounts.insertIfAbsent(account)
                ? new OpenAccountResult.Opened(account)
                : new OpenAccountResult.AlreadyExists();
    }

    @Override
    @Transactional
    public TopUpResult topUp(UserId requester, UserId owner, Money amount, @Nullable String topUpKey) {
        if (!requester.equals(owner)) {
            return new TopUpResult.AccountNotFound();
        }
        var found = accounts.findByUserIdForUpdate(owner);
        if (found.isEmpty()) {
            return new TopUpResult.AccountNotFound();
        }
        var account = found.get();
        if (account.credit(amount, topUpKey, clock.instant()) instanceof CreditResult.BalanceLimitExceeded exceeded) {
            return new TopUpResult.BalanceLimitExceeded(exceeded.limit());
        }
        accounts.update(account);
        return new TopUpResult.ToppedUp(account);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findAccount(UserId requester, UserId owner) {
        return requester.equals(owner) ? accounts.findByUserId(owner) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LedgerPage> findLedger(UserId requester, UserId owner, PageRequest page) {
        // the account numbers its entries from 1: its latest entry's number is how many there are
        return findAccount(requester, owner).map(account ->
                new LedgerPage(accounts.findLedgerEntries(owner, page), page, account.ledgerSequence()));
    }
}
