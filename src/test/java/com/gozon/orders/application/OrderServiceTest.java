package com.gozon.orders.application;

import com.gozon.orders.application.port.in.OrderPage;
import com.gozon.orders.application.port.in.PageRequest;
import com.gozon.orders.application.port.in.PlaceOrderCommand;
import com.gozon.orders.application.port.in.SettleOrderCommand;
import com.gozon.orders.application.port.in.SettleOrderResult;
import com.gozon.orders.application.port.out.OrderRepository;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.OrderStatus;
import com.gozon.orders.domain.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
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

class OrderServiceTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final InMemoryOrders orders = new InMemoryOrders();
    final List<Order> paymentRequests = new ArrayList<>();
    final Set<UUID> inbox = new HashSet<>();
    final OrderService service = new OrderService(orders, paymentRequests::add, inbox::add,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void placedOrderIsStoredAndItsPaymentRequested() {
        var order = placeOrder();

        assertThat(orders.findById(order.id())).isPresent();
        assertThat(paymentRequests).singleElement().isSameAs(order);
        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void successfulPaymentMarksTheOrderPaidOnce() {
        var order = placeOrder();
        var paid = new SettleOrderCommand.Paid(UUID.randomUUID(), order.id(), order.userId(), order.amount());

        var first = service.settleOrder(paid);
        var again = service.settleOrder(paid);

        assertThat(first).isInstanceOf(SettleOrderResult.Applied.class);
        assertThat(again).isInstanceOf(SettleOrderResult.DuplicateMessage.class);
        assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void laterContradictingResultDoesNotMoveTheOrder() {
        var order = placeOrder();
        service.settleOrder(new SettleOrderCommand.PaymentFailed(UUID.randomUUID(), order.id(), order.userId(),
                order.amount(),
                FailureReason.INSUFFICIENT_FUNDS));

        var late = service.settleOrder(new SettleOrderCommand.Paid(UUID.randomUUID(), order.id(), order.userId(),
                order.amount()));

        assertThat(late).isInstanceOf(SettleOrderResult.AlreadySettled.class);
        var stored = orders.findById(order.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(stored.failureReason()).contains(FailureReason.INSUFFICIENT_FUNDS);
    }

    @Test
    void resultForAnUnknownOrderChangesNothingNotEvenTheInbox() {
        var unknown = OrderId.newId();
        var messageId = UUID.randomUUID();

        var result = service.settleOrder(new SettleOrderCommand.Paid(messageId, unknown, new UserId(UUID.randomUUID()),
                Money.of("12.00")));

        assertThat(result).isEqualTo(new SettleOrderResult.UnknownOrder(unknown));
        assertThat(inbox).doesNotContain(messageId);
    }

    @Test
    void successWithAnotherAmountChangesNothingNotEvenTheInbox() {
        var order = placeOrder();
        var messageId = UUID.randomUUID();

        var result = service.settleOrder(new SettleOrderCommand.Paid(messageId, order.id(), order.userId(),
                Money.of("999.99")));

        assertThat(result).isEqualTo(new SettleOrderResult.AmountMismatch(order.id(), Money.of("12.00"),
                Money.of("999.99")));
        assertThat(inbox).doesNotContain(messageId);
        assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.NEW);
    }

    /** Issue 18: a result names another user's account than the order's: it cannot be the order's payment. */
    @Test
    void successForAnotherUserChangesNothingNotEvenTheInbox() {
        var order = placeOrder();
        var messageId = UUID.randomUUID();
        var stranger = new UserId(UUID.randomUUID());

        var result = service.settleOrder(new SettleOrderCommand.Paid(messageId, order.id(), stranger, order.amount()));

        assertThat(result).isEqualTo(new SettleOrderResult.UserMismatch(order.id(), order.userId(), stranger));
        assertThat(inbox).doesNotContain(messageId);
        assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void failureWithAnotherAmountChangesNothingEither() {
        var order = placeOrder();
        var messageId = UUID.randomUUID();

        var result = service.settleOrder(new SettleOrderCommand.PaymentFailed(messageId, order.id(), order.userId(),
                Money.of("11.99"), FailureReason.INSUFFICIENT_FUNDS));

        assertThat(result).isInstanceOf(SettleOrderResult.AmountMismatch.class);
        assertThat(inbox).doesNotContain(messageId);
        assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void sameAmountWrittenWithAnotherScaleIsTheSameAmount() {
        var order = placeOrder();

        var result = service.settleOrder(new SettleOrderCommand.Paid(UUID.randomUUID(), order.id(), order.userId(),
                Money.of("12")));

        assertThat(result).isInstanceOf(SettleOrderResult.Applied.class);
    }

    @Test
    void userSeesOwnOrderAndNoOtherUsers() {
        var order = placeOrder();
        var otherUser = new UserId(UUID.randomUUID());

        assertThat(service.findOrder(order.userId(), order.id())).map(Order::id).contains(order.id());
        assertThat(service.findOrder(otherUser, order.id())).isEmpty();
        assertThat(service.findOrder(order.userId(), OrderId.newId())).isEmpty();
    }

    /** Issue 19: a request or its answer lost on the way must not strand an order. */
    @Test
    void orderStillNewLongAfterItsRequestHasItsPaymentRequestedAgainOnce() {
        var stranded = placeOrder();
        var settled = placeOrder();
        var recent = placeOrder();
        service.settleOrder(new SettleOrderCommand.Paid(UUID.randomUUID(), settled.id(), settled.userId(),
                settled.amount()));
        orders.paymentRequestedAt.put(stranded.id(), NOW.minus(Duration.ofMinutes(1)));
        orders.paymentRequestedAt.put(settled.id(), NOW.minus(Duration.ofMinutes(1)));
        paymentRequests.clear();

        var first = service.requestPaymentAgain(Duration.ofSeconds(30), 100);
        var second = service.requestPaymentAgain(Duration.ofSeconds(30), 100);

        assertThat(first).isOne();
        assertThat(second).isZero();
        assertThat(paymentRequests).extracting(Order::id).containsExactly(stranded.id());
        assertThat(recent.status()).isEqualTo(OrderStatus.NEW);
    }

    private Order placeOrder() {
        return service.placeOrder(new PlaceOrderCommand(new UserId(UUID.randomUUID()), Money.of("12.00"), null));
    }

    static class InMemoryOrders implements OrderRepository {

        final Map<OrderId, Order> orders = new HashMap<>();
        final Map<OrderId, Instant> paymentRequestedAt = new HashMap<>();

        @Override
        public void insert(Order order) {
            orders.put(order.id(), copy(order));
            paymentRequestedAt.put(order.id(), order.createdAt());
        }

        @Override
        public List<Order> claimUnsettledRequestedBefore(Instant requestedBefore, Instant now, int limit) {
            var due = orders.values().stream()
                    .filter(order -> order.status() == OrderStatus.NEW)
                    .filter(order -> paymentRequestedAt.get(order.id()).isBefore(requestedBefore))
                    .limit(limit).map(InMemoryOrders::copy).toList();
            due.forEach(order -> paymentRequestedAt.put(order.id(), now));
            return due;
        }

        @Override
        public void update(Order order) {
            orders.put(order.id(), copy(order));
        }

        @Override
        public Optional<Order> findById(OrderId id) {
            return Optional.ofNullable(orders.get(id)).map(InMemoryOrders::copy);
        }

        @Override
        public Optional<Order> findByIdForUpdate(OrderId id) {
            return findById(id);
        }

        @Override
        public OrderPage findByUserId(UserId userId, PageRequest page) {
            var mine = orders.values().stream().filter(order -> order.userId().equals(userId)).toList();
            return new OrderPage(mine, page, mine.size());
        }

        /** What a database does: what comes back is not the object that went in. */
        private static Order copy(Order order) {
            return Order.restore(order.id(), order.userId(), order.amount(), order.description().orElse(null),
                    order.status(), order.failureReason().orElse(null), order.createdAt(), order.updatedAt());
        }
    }
}
