package com.gozon.payments.adapter.out.persistence;

import com.gozon.payments.application.PaymentRepository;
import com.gozon.payments.domain.Payment;
import com.gozon.payments.domain.PaymentOutcome;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
class PaymentPersistenceAdapter implements PaymentRepository {

    private final PaymentJpaRepository jpa;
    private final EntityManager entityManager;

    PaymentPersistenceAdapter(PaymentJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    public boolean existsForOrder(UUID orderId) {
        return jpa.existsByOrderId(orderId);
    }

    @Override
    public void insert(Payment payment) {
        var declined = payment.outcome() instanceof PaymentOutcome.Declined d ? d : null;
        entityManager.persist(new PaymentJpaEntity(payment.id(), payment.orderId(), payment.payer().value(),
                payment.amount().amount(),
                declined == null ? PaymentJpaEntity.Outcome.SUCCEEDED : PaymentJpaEntity.Outcome.DECLINED,
                declined == null ? null : PaymentJpaEntity.Reason.valueOf(declined.reason().name()),
                payment.processedAt()));
    }
}
