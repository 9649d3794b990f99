package com.gozon.payments.adapter.out.persistence;

import com.gozon.payments.application.port.out.AccountRepository;
import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

import static com.gozon.payments.adapter.out.persistence.Timestamps.instant;
import static com.gozon.payments.adapter.out.persistence.Timestamps.timestamp;

/** Accounts in the table {@code payments.account}, mapped to and from the domain by hand. */
@Component
class AccountPersistenceAdapter implements AccountRepository {

    private static final String COLUMNS = "select user_id, balance, created_at, updated_at from payments.account";
    private static final RowMapper<Account> ACCOUNT = (row, number) -> Account.restore(
            new UserId(row.getObject("user_id", UUID.class)),
            new Money(row.getBigDecimal("balance")),
            instant(row, "created_at"),
            instant(row, "updated_at"));

    private final JdbcClient jdbc;

    AccountPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(Account account) {
        return jdbc.sql("insert into payments.account (user_id, balance, created_at, updated_at) values (?, ?, ?, ?) "
                        + "on conflict (user_id) do nothing")
                .params(account.userId().value(), account.balance().amount(), timestamp(account.createdAt()),
                        timestamp(account.updatedAt()))
                .update() == 1;
    }

    @Override
    public void update(Account account) {
        jdbc.sql("update payments.account set balance = ?, updated_at = ? where user_id = ?")
                .params(account.balance().amount(), timestamp(account.updatedAt()), account.userId().value())
                .update();
    }

    @Override
    public Optional<Account> findByUserId(UserId userId) {
        return jdbc.sql(COLUMNS + " where user_id = ?").param(userId.value()).query(ACCOUNT).optional();
    }

    @Override
    public Optional<Account> findByUserIdForUpdate(UserId userId) {
        return jdbc.sql(COLUMNS + " where user_id = ? for update").param(userId.value()).query(ACCOUNT).optional();
    }
}
