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
        var order = Order.place(user(), Money.of("50.00"), "Two books", NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
        assertThat(order.failureReason()).isEmpty();
        assertThat(order.createdAt()).isEqualTo(NOW).isEqualTo(order.updatedAt());
    }

    @Test
    void paidOrderStaysPaid() {
        var order = Order.place(user(), Money.of("50.00"), null, NOW);

        order.markPaid(LATER);

        assertThat(order.isSettled()).isTrue();
        assertThatThrownBy(() -> order.markFailed(FailureReason.INSUFFICIENT_FUNDS, LATER.plusSeconds(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.failureReason()).isEmpty();
        assertThat(order.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void failedOrderKeepsItsReasonAndStaysFailed() {
        var order = Order.place(user(), Money.of("50.00"), null, NOW);

        order.markFailed(FailureReason.ACCOUNT_NOT_FOUND, LATER);

        assertThatThrownBy(() -> order.markPaid(LATER.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(order.failureReason()).contains(FailureReason.ACCOUNT_NOT_FOUND);
    }

    @Test
    void storedOrderHasAFailureReasonExactlyWhenItFailed() {
        var id = OrderId.newId();

        assertThatThrownBy(() -> Order.restore(id, user(), Money.of("1"), null, OrderStatus.PAID,
                FailureReason.INSUFFICIENT_FUNDS, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.restore(id, user(), Money.of("1"), null, OrderStatus.FAILED, null, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orderOfNothingIsRefused() {
        assertThatThrownBy(() -> Order.place(user(), Money.of("0"), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void descriptionHasAtMostFiveHundredCharacters() {
        assertThat(Order.place(user(), Money.of("1"), "x".repeat(500), NOW).description()).isPresent();
        assertThatThrownBy(() -> Order.place(user(), Money.of("1"), "x".repeat(501), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusesComeInTheOrderOfTheOriginalCodes() {
        assertThat(OrderStatus.values()).containsExactly(OrderStatus.NEW, OrderStatus.PAID, OrderStatus.FAILED);
    }

    static UserId user() {
        return new UserId(UUID.randomUUID());
    }
}
