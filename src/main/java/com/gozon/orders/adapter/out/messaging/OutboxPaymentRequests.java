package com.gozon.orders.adapter.out.messaging;

import com.gozon.orders.application.port.out.PaymentRequests;
import com.gozon.orders.domain.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Writes the payment request into the event publication registry, inside the caller's transaction. */
@Component
class OutboxPaymentRequests implements PaymentRequests {

    private final ApplicationEventPublisher events;

    OutboxPaymentRequests(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void requestPayment(Order order) {
        events.publishEvent(new PaymentRequested(UUID.randomUUID(), order.id().value(), order.userId().value(),
                order.amount().amount(), order.createdAt()));
    }
}
