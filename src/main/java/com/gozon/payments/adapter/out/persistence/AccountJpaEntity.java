package com.gozon.payments.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "account", schema = "payments")
class AccountJpaEntity {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal balance;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AccountJpaEntity() {
    }

    UUID userId() { return userId; }
    BigDecimal balance() { return balance; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    void update(BigDecimal balance, Instant updatedAt) {
        this.balance = balance;
        this.updatedAt = updatedAt;
    }
}
