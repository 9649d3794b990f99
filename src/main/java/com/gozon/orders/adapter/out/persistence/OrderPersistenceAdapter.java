package com.gozon.orders.adapter.out.persistence;

import com.gozon.orders.application.OrderPage;
import com.gozon.orders.application.OrderRepository;
import com.gozon.orders.application.PageRequest;
import com.gozon.orders.domain.CustomerId;
import com.gozon.orders.domain.FailureReason;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.OrderStatus;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class OrderPersistenceAdapter implements OrderRepository {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OrderJpaRepository jpa;

    OrderPersistenceAdapter(OrderJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public void save(Order order) {
        jpa.save(toEntity(order));
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return jpa.findById(id.value()).map(OrderPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Order> findByIdForUpdate(OrderId id) {
        return jpa.findByIdForUpdate(id.value()).map(OrderPersistenceAdapter::toDomain);
    }

    @Override
    public OrderPage findByCustomer(CustomerId customerId, PageRequest page) {
        var found = jpa.findByUserId(customerId.value(),
                org.springframework.data.domain.PageRequest.of(page.number(), page.size(), NEWEST_FIRST));
        return new OrderPage(found.map(OrderPersistenceAdapter::toDomain).getContent(), page, found.getTotalElements());
    }

    private static OrderJpaEntity toEntity(Order order) {
        return new OrderJpaEntity(order.id().value(), order.customerId().value(), order.amount().amount(),
                order.description().orElse(null), OrderJpaEntity.Status.valueOf(order.status().name()),
                order.failureReason().map(reason -> OrderJpaEntity.Reason.valueOf(reason.name())).orElse(null),
                order.createdAt(), order.updatedAt());
    }

    private static Order toDomain(OrderJpaEntity entity) {
        return Order.restore(new OrderId(entity.id()), new CustomerId(entity.userId()), new Money(entity.amount()),
                entity.description(), OrderStatus.valueOf(entity.status().name()),
                entity.failureReason() == null ? null : FailureReason.valueOf(entity.failureReason().name()),
                entity.createdAt(), entity.updatedAt());
    }
}
