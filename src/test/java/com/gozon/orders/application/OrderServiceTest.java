package com.gozon.orders.application;

import com.gozon.orders.domain.CustomerId;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderServiceTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final InMemoryOrders orders = new InMemoryOrders();
    final List<Order> paymentRequests = new ArrayList<>();
    final Set<UUID> inbox = new HashSet<>();
    final OrderService service = new OrderService(orders, paymentRequests::add, inbox::add,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void placedOrderIsStoredAndItsPaymentRequested() {
        var order = service.placeOrder(new PlaceOrderCommand(new CustomerId(UUID.randomUUID()), Money.of("12.00"), null));

        assertThat(orders.findById(order.id())).isPresent();
        assertThat(paymentRequests).singleElement().isSameAs(order);
        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void successfulPaymentMarksTheOrderPaidOnce() {
        var order = service.placeOrder(new PlaceOrderCommand(new CustomerId(UUID.randomUUID()), Money.of("12.00"), null));
        var result = new PaymentResult.Succeeded(UUID.randomUUID(), order.id());

        assertThat(service.recordPaymentResult(result)).isEqualTo(PaymentResultRecorded.APPLIED);
        assertThat(service.recordPaymentResult(result)).isEqualTo(PaymentResultRecorded.DUPLICATE_MESSAGE);
        assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void laterContradictingResultDoesNotMoveTheOrder() {
        var order = service.placeOrder(new PlaceOrderCommand(new CustomerId(UUID.randomUUID()), Money.of("12.00"), null));
        service.recordPaymentResult(new PaymentResult.Failed(UUID.randomUUID(), order.id(),
                FailureReason.INSUFFICIENT_FUNDS));

        var late = service.recordPaymentResult(new PaymentResult.Succeeded(UUID.randomUUID(), order.id()));

        assertThat(late).isEqualTo(PaymentResultRecorded.ORDER_ALREADY_SETTLED);
        var stored = orders.findById(order.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(stored.failureReason()).contains(FailureReason.INSUFFICIENT_FUNDS);
    }

    @Test
    void resultForAnUnknownOrderIsRefused() {
        assertThatThrownBy(() -> service.recordPaymentResult(
                new PaymentResult.Succeeded(UUID.randomUUID(), OrderId.newId())))
                .isInstanceOf(UnknownOrderException.class);
    }

    static class InMemoryOrders implements OrderRepository {

        final Map<OrderId, Order> orders = new HashMap<>();

        @Override
        public void save(Order order) {
            orders.put(order.id(), order);
        }

        @Override
        public Optional<Order> findById(OrderId id) {
            return Optional.ofNullable(orders.get(id));
        }

        @Override
        public Optional<Order> findByIdForUpdate(OrderId id) {
            return findById(id);
        }

        @Override
        public OrderPage findByCustomer(CustomerId customerId, PageRequest page) {
            var mine = orders.values().stream().filter(order -> order.customerId().equals(customerId)).toList();
            return new OrderPage(mine, page, mine.size());
        }
    }
}
