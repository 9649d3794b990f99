package com.gozon.orders.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant LATER = NOW.plusSeconds(5);

    @Test
    void newOrderWaitsForItsPayment() {
        var order = Order.place(customer(), Money.of("50.00"), "Two books", NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
        assertThat(order.failureReason()).isEmpty();
        assertThat(order.createdAt()).isEqualTo(NOW).isEqualTo(order.updatedAt());
    }

    @Test
    void paidOrderStaysPaid() {
        var order = Order.place(customer(), Money.of("50.00"), null, NOW);

        assertThat(order.markPaid(LATER)).isTrue();
        assertThat(order.markFailed(FailureReason.INSUFFICIENT_FUNDS, LATER.plusSeconds(1))).isFalse();

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.failureReason()).isEmpty();
        assertThat(order.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void failedOrderKeepsItsReasonAndStaysFailed() {
        var order = Order.place(customer(), Money.of("50.00"), null, NOW);

        assertThat(order.markFailed(FailureReason.ACCOUNT_NOT_FOUND, LATER)).isTrue();
        assertThat(order.markPaid(LATER.plusSeconds(1))).isFalse();

        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(order.failureReason()).contains(FailureReason.ACCOUNT_NOT_FOUND);
    }

    @Test
    void orderOfNothingIsRefused() {
        assertThatThrownBy(() -> Order.place(customer(), Money.of("0"), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void descriptionHasAtMostFiveHundredCharacters() {
        assertThat(Order.place(customer(), Money.of("1"), "x".repeat(500), NOW).description()).isPresent();
        assertThatThrownBy(() -> Order.place(customer(), Money.of("1"), "x".repeat(501), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusCodesAreTheOriginalOnes() {
        assertThat(OrderStatus.NEW.code()).isZero();
        assertThat(OrderStatus.PAID.code()).isEqualTo(1);
        assertThat(OrderStatus.FAILED.code()).isEqualTo(2);
    }

    static CustomerId customer() {
        return new CustomerId(UUID.randomUUID());
    }
}
