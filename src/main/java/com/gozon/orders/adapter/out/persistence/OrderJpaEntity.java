package com.gozon.orders.adapter.out.persistence;

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
@Table(name = "orders", schema = "orders")
class OrderJpaEntity {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason", length = 32)
    private Reason failureReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrderJpaEntity() {
    }

    OrderJpaEntity(UUID id, UUID userId, BigDecimal amount, String description, Status status, Reason failureReason,
                   Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.userId = userId;
        this.amount = amount;
        this.description = description;
        this.status = status;
        this.failureReason = failureReason;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    UUID id() { return id; }
    UUID userId() { return userId; }
    BigDecimal amount() { return amount; }
    String description() { return description; }
    Status status() { return status; }
    Reason failureReason() { return failureReason; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    /** Stored names, kept apart from the domain's enums so that renaming one never rewrites the other. */
    enum Status { NEW, PAID, FAILED }

    enum Reason { INSUFFICIENT_FUNDS, ACCOUNT_NOT_FOUND }
}
