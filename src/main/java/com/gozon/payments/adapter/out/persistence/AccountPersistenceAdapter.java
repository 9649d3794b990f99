package com.gozon.payments.adapter.out.persistence;

import com.gozon.payments.application.AccountRepository;
import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;

@Component
class AccountPersistenceAdapter implements AccountRepository {

    private final AccountJpaRepository jpa;
    private final JdbcClient jdbc;

    AccountPersistenceAdapter(AccountJpaRepository jpa, JdbcClient jdbc) {
        this.jpa = jpa;
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(Account account) {
        return jdbc.sql("insert into payments.account (user_id, balance, created_at, updated_at) values (?, ?, ?, ?) "
                        + "on conflict (user_id) do nothing")
                .params(account.owner().value(), account.balance().amount(),
                        Timestamp.from(account.createdAt()), Timestamp.from(account.updatedAt()))
                .update() == 1;
    }

    @Override
    public Optional<Account> findByOwner(UserId owner) {
        return jpa.findById(owner.value()).map(AccountPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Account> findByOwnerForUpdate(UserId owner) {
        return jpa.findByIdForUpdate(owner.value()).map(AccountPersistenceAdapter::toDomain);
    }

    @Override
    public void update(Account account) {
        var entity = jpa.findById(account.owner().value())
                .orElseThrow(() -> new IllegalStateException("Account " + account.owner().value() + " vanished"));
        entity.update(account.balance().amount(), account.updatedAt());
    }

    private static Account toDomain(AccountJpaEntity entity) {
        return Account.restore(new UserId(entity.userId()), new Money(entity.balance()), entity.createdAt(),
                entity.updatedAt());
    }
}
