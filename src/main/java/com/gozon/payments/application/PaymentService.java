package com.gozon.payments.application;

import com.gozon.payments.application.port.in.PayOrderCommand;
import com.gozon.payments.application.port.in.PayOrderResult;
import com.gozon.payments.application.port.in.PayOrderUseCase;
import com.gozon.payments.application.port.out.AccountRepository;
import com.gozon.payments.application.port.out.Inbox;
import com.gozon.payments.application.port.out.PaymentOutcomes;
import com.gozon.payments.application.port.out.PaymentRepository;
import com.gozon.payments.domain.Account;
import com.gozon.payments.domain.DebitResult;
import com.gozon.payments.domain.DeclineReason;
import com.gozon.payments.domain.Payment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

@Service
class PaymentService implements PayOrderUseCase {

    private final Inbox inbox;
    private final AccountRepository accounts;
    private final PaymentRepository payments;
    private final PaymentOutcomes outcomes;
    private final Clock clock;

    PaymentService(Inbox inbox, AccountRepository accounts, PaymentRepository payments, PaymentOutcomes outcomes,
                   Clock clock) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.payments = payments;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PayOrderResult payOrder(PayOrderCommand command) {
        if (!inbox.add(command.messageId())) {
            return new PayOrderResult.DuplicateMessage();
        }
        // the account's lock also serialises two requests for the same order, so that only one of them pays
        var account = accounts.findByUserIdForUpdate(command.userId());
        var recorded = payments.findByOrder(command.orderId());
        if (recorded.isPresent()) {
            // asked again (the order is still NEW on its side: issue 19): the outcome recorded, once more
            outcomes.announce(recorded.get());
            return new PayOrderResult.AlreadySettled(recorded.get());
        }
        var now = clock.instant();
        var payment = account.map(it -> debit(it, command, now))
                .orElseGet(() -> Payment.declined(command.orderId(), command.userId(), command.amount(),
                        DeclineReason.ACCOUNT_NOT_FOUND, now));
        payments.insert(payment);
        outcomes.announce(payment);
        return new PayOrderResult.Applied(payment);
    }

    private Payment debit(Account account, PayOrderCommand command, Instant now) {
        if (account.debit(command.orderId(), command.amount(), now) instanceof DebitResult.InsufficientFunds) {
            return Payment.declined(command.orderId(), command.userId(), command.amount(),
                    DeclineReason.INSUFFICIENT_FUNDS, now);
        }
        accounts.update(account);
        return Payment.succeeded(command.orderId(), command.userId(), command.amount(), now);
    }
}
