package com.gozon.payments.adapter.out.messaging;

import com.gozon.payments.application.port.out.PaymentOutcomes;
import com.gozon.payments.domain.Payment;
import com.gozon.payments.domain.PaymentOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Writes the outcome into the event publication registry, inside the caller's transaction. */
@Component
class OutboxPaymentOutcomes implements PaymentOutcomes {

    private final ApplicationEventPublisher events;

    OutboxPaymentOutcomes(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void announce(Payment payment) {
        var eventId = UUID.randomUUID();
        var paymentId = payment.id().value();
        var orderId = payment.orderId().value();
        var userId = payment.userId().value();
        var amount = payment.amount().amount();
        events.publishEvent(payment.outcome() instanceof PaymentOutcome.Declined declined
                ? new PaymentFailed(eventId, paymentId, orderId, userId, amount, declined.reason().name(),
                        payment.processedAt())
                : new PaymentSucceeded(eventId, paymentId, orderId, userId, amount, payment.processedAt()));
    }
}
