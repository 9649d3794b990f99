package com.gozon.payments.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "payment", schema = "payments")
class PaymentJpaEntity {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, unique = true)
    private UUID orderId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 32)
    private Reason declineReason;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected PaymentJpaEntity() {
    }

    PaymentJpaEntity(UUID id, UUID orderId, UUID userId, BigDecimal amount, Outcome outcome, Reason declineReason,
                     Instant processedAt) {
        this.id = id;
        this.orderId = orderId;
        this.userId = userId;
        this.amount = amount;
        this.outcome = outcome;
        this.declineReason = declineReason;
        this.processedAt = processedAt;
    }

    enum Outcome { SUCCEEDED, DECLINED }

    enum Reason { INSUFFICIENT_FUNDS, ACCOUNT_NOT_FOUND }
}
