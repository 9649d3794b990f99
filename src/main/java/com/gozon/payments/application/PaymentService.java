package com.gozon.payments.application;

import com.gozon.payments.domain.Payment;
import com.gozon.payments.domain.PaymentOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Service
class PaymentService implements PayOrderUseCase {

    private final ProcessedMessages inbox;
    private final AccountRepository accounts;
    private final PaymentRepository payments;
    private final PaymentOutcomes outcomes;
    private final Clock clock;

    PaymentService(ProcessedMessages inbox, AccountRepository accounts, PaymentRepository payments,
                   PaymentOutcomes outcomes, Clock clock) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.payments = payments;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PayOrderResult payOrder(PayOrderCommand command) {
        if (!inbox.markProcessed(command.messageId())) {
            return new PayOrderResult.DuplicateMessage();
        }
        var account = accounts.findByOwnerForUpdate(command.payer());
        if (payments.existsForOrder(command.orderId())) {
            return new PayOrderResult.OrderAlreadyProcessed();
        }
        var payment = Payment.attempt(command.orderId(), command.payer(), command.amount(), account.orElse(null),
                clock.instant());
        if (payment.outcome() instanceof PaymentOutcome.Succeeded) {
            accounts.update(account.orElseThrow());
        }
        payments.insert(payment);
        outcomes.announce(payment);
        return new PayOrderResult.Processed(payment.outcome());
    }
}
