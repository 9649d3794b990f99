package com.gozon.payments.adapter.out.persistence;

import com.gozon.payments.application.port.in.PageRequest;
import com.gozon.payments.application.port.out.AccountRepository;
import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.EntryKind;
import com.gozon.payments.domain.LedgerEntry;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.UserId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.gozon.payments.adapter.out.persistence.Timestamps.instant;
import static com.gozon.payments.adapter.out.persistence.Timestamps.timestamp;

/**
 * Accounts in the table {@code payments.account} and their ledgers in {@code payments.ledger_entry}, mapped to and
 * from the domain by hand. The database checks the ledger at commit (db/payments/V2__ledger.sql).
 */
@Component
class AccountPersistenceAdapter implements AccountRepository {

    private static final String COLUMNS =
            "select user_id, balance, ledger_sequence, created_at, updated_at from payments.account";
    private static final RowMapper<Account> ACCOUNT = (row, number) -> Account.restore(
            new UserId(row.getObject("user_id", UUID.class)),
            new Money(row.getBigDecimal("balance")),
            row.getLong("ledger_sequence"),
            instant(row, "created_at"),
            instant(row, "updated_at"));
    private static final RowMapper<LedgerEntry> ENTRY = (row, number) -> new LedgerEntry(
            new UserId(row.getObject("user_id", UUID.class)),
            row.getLong("sequence"),
            EntryKind.valueOf(row.getString("kind")),
            new Money(row.getBigDecimal("amount").abs()),
            new Money(row.getBigDecimal("balance_after")),
            row.getObject("order_id", UUID.class) == null ? null : new OrderId(row.getObject("order_id", UUID.class)),
            row.getString("top_up_key"),
            instant(row, "created_at"));

    private final JdbcClient jdbc;

    AccountPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(Account account) {
        var inserted = jdbc.sql("insert into payments.account (user_id, balance, ledger_sequence, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (user_id) do nothing")
                .params(account.userId().value(), account.balance().amount(), account.ledgerSequence(),
                        timestamp(account.createdAt()), timestamp(account.updatedAt()))
                .update() == 1;
        if (inserted) {
            insertNewEntries(account);
        }
        return inserted;
    }

    @Override
    public void update(Account account) {
        jdbc.sql("update payments.account set balance = ?, ledger_sequence = ?, updated_at = ? where user_id = ?")
                .params(account.balance().amount(), account.ledgerSequence(), timestamp(account.updatedAt()),
                        account.userId().value())
                .update();
        insertNewEntries(account);
    }

    @Override
    public Optional<Account> findByUserId(UserId userId) {
        return jdbc.sql(COLUMNS + " where user_id = ?").param(userId.value()).query(ACCOUNT).optional();
    }

    @Override
    public Optional<Account> findByUserIdForUpdate(UserId userId) {
        return jdbc.sql(COLUMNS + " where user_id = ? for update").param(userId.value()).query(ACCOUNT).optional();
    }

    @Override
    public List<LedgerEntry> findLedgerEntries(UserId userId, PageRequest page) {
        return jdbc.sql("select user_id, sequence, kind, amount, balance_after, order_id, top_up_key, created_at"
                        + " from payments.ledger_entry where user_id = ? order by sequence desc limit ? offset ?")
                .params(userId.value(), page.size(), page.offset())
                .query(ENTRY).list();
    }

    private void insertNewEntries(Account account) {
        for (var entry : account.newEntries()) {
            jdbc.sql("insert into payments.ledger_entry (user_id, sequence, kind, amount, balance_after, order_id,"
                            + " top_up_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(entry.userId().value(), entry.sequence(), entry.kind().name(), entry.signedAmount(),
                            entry.balanceAfter().amount(), entry.orderId() == null ? null : entry.orderId().value(),
                            entry.topUpKey(), timestamp(entry.createdAt()))
                    .update();
        }
    }
}
