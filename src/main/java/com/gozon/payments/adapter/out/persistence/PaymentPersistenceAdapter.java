package com.gozon.payments.adapter.out.persistence;

import com.gozon.payments.application.port.out.PaymentRepository;
import com.gozon.payments.domain.OrderId;
import com.gozon.payments.domain.Payment;
import com.gozon.payments.domain.PaymentOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static com.gozon.payments.adapter.out.persistence.Timestamps.timestamp;

/** Payments in the table {@code payments.payment}: one per order, whatever its outcome. */
@Component
class PaymentPersistenceAdapter implements PaymentRepository {

    private final JdbcClient jdbc;

    PaymentPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean existsForOrder(OrderId orderId) {
        return jdbc.sql("select exists (select 1 from payments.payment where order_id = ?)").param(orderId.value())
                .query(Boolean.class).single();
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
