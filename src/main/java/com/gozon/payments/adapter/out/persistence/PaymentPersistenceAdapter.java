package com.gozon.payments.adapter.out.persistence;

import com.gozon.payments.application.port.out.PaymentRepository;
import com.gozon.payments.domain.DeclineReason;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.Payment;
import com.gozon.payments.domain.PaymentId;
import com.gozon.payments.domain.PaymentOutcome;
import com.gozon.payments.domain.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

import static com.gozon.payments.adapter.out.persistence.Timestamps.instant;
import static com.gozon.payments.adapter.out.persistence.Timestamps.timestamp;

/** Payments in the table {@code payments.payment}: one per order, whatever its outcome. */
@Component
class PaymentPersistenceAdapter implements PaymentRepository {

    private final JdbcClient jdbc;

    PaymentPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Payment> findByOrder(OrderId orderId) {
        return jdbc.sql("select id, order_id, user_id, amount, outcome, decline_reason, processed_at"
                        + " from payments.payment where order_id = ?").param(orderId.value())
                .query((row, number) -> new Payment(new PaymentId(row.getObject("id", UUID.class)),
                        new OrderId(row.getObject("order_id", UUID.class)),
                        new UserId(row.getObject("user_id", UUID.class)), new Money(row.getBigDecimal("amount")),
                        "SUCCEEDED".equals(row.getString("outcome")) ? new PaymentOutcome.Succeeded()
                                : new PaymentOutcome.Declined(DeclineReason.valueOf(row.getString("decline_reason"))),
                        instant(row, "processed_at")))
                .optional();
    }

    @Override
    public void insert(Payment payment) {
        var declined = payment.outcome() instanceof PaymentOutcome.Declined declinedOutcome ? declinedOutcome : null;
        jdbc.sql("insert into payments.payment (id, order_id, user_id, amount, outcome, decline_reason, processed_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(payment.id().value(), payment.orderId().value(), payment.userId().value(),
                        payment.amount().amount(), declined == null ? "SUCCEEDED" : "DECLINED",
                        declined == null ? null : declined.reason().name(), timestamp(payment.processedAt()))
                .update();
    }
}
