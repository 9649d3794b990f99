package com.gozon.orders.adapter.out.persistence;

import com.gozon.orders.application.port.in.OrderPage;
import com.gozon.orders.application.port.in.PageRequest;
import com.gozon.orders.application.port.out.OrderRepository;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.OrderStatus;
import com.gozon.orders.domain.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.gozon.orders.adapter.out.persistence.Timestamps.instant;
import static com.gozon.orders.adapter.out.persistence.Timestamps.timestamp;

/** Orders in the table {@code orders.orders}, mapped to and from the domain by hand. */
@Component
class OrderPersistenceAdapter implements OrderRepository {

    private static final String COLUMNS =
            "select id, user_id, amount, description, status, failure_reason, created_at, updated_at from orders.orders";
    private static final RowMapper<Order> ORDER = (row, number) -> Order.restore(
            new OrderId(row.getObject("id", UUID.class)),
            new UserId(row.getObject("user_id", UUID.class)),
            new Money(row.getBigDecimal("amount")),
            row.getString("description"),
            OrderStatus.valueOf(row.getString("status")),
            failureReason(row),
            instant(row, "created_at"),
            instant(row, "updated_at"));

    private final JdbcClient jdbc;

    OrderPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Order order) {
        jdbc.sql("insert into orders.orders (id, user_id, amount, description, status, failure_reason, created_at, "
                        + "updated_at, payment_requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(order.id().value(), order.userId().value(), order.amount().amount(),
                        order.description().orElse(null), order.status().name(),
                        order.failureReason().map(Enum::name).orElse(null), timestamp(order.createdAt()),
                        timestamp(order.updatedAt()), timestamp(order.createdAt()))
                .update();
    }

    /**
     * The claim skips orders another instance holds (FOR UPDATE SKIP LOCKED) and moves their request time, in the
     * caller's transaction: one instance asks again for each order, once per interval.
     */
    @Override
    public List<Order> claimUnsettledRequestedBefore(Instant requestedBefore, Instant now, int limit) {
        return jdbc.sql("update orders.orders o set payment_requested_at = ? from (select id from orders.orders"
                        + " where status = 'NEW' and payment_requested_at < ? order by payment_requested_at limit ?"
                        + " for update skip locked) due where o.id = due.id returning o.id, o.user_id, o.amount,"
                        + " o.description, o.status, o.failure_reason, o.created_at, o.updated_at")
                .params(timestamp(now), timestamp(requestedBefore), limit)
                .query(ORDER).list();
    }

    @Override
    public void update(Order order) {
        jdbc.sql("update orders.orders set status = ?, failure_reason = ?, updated_at = ? where id = ?")
                .params(order.status().name(), order.failureReason().map(Enum::name).orElse(null),
                        timestamp(order.updatedAt()), order.id().value())
                .update();
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id.value()).query(ORDER).optional();
    }

    @Override
    public Optional<Order> findByIdForUpdate(OrderId id) {
        return jdbc.sql(COLUMNS + " where id = ? for update").param(id.value()).query(ORDER).optional();
    }

    @Override
    public OrderPage findByUserId(UserId userId, PageRequest page) {
        var orders = jdbc.sql(COLUMNS + " where user_id = ? order by created_at desc, id desc limit ? offset ?")
                .params(userId.value(), page.size(), page.offset())
                .query(ORDER).list();
        var total = jdbc.sql("select count(*) from orders.orders where user_id = ?").param(userId.value())
                .query(Long.class).single();
        return new OrderPage(orders, page, total);
    }

    private static @Nullable FailureReason failureReason(ResultSet row) throws SQLException {
        var reason = row.getString("failure_reason");
        return reason == null ? null : FailureReason.valueOf(reason);
    }
}
