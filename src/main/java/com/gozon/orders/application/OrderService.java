package com.gozon.orders.application;

import com.gozon.orders.domain.CustomerId;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

@Service
class OrderService implements PlaceOrderUseCase, FindOrdersQuery, RecordPaymentResultUseCase {

    private final OrderRepository orders;
    private final PaymentRequests paymentRequests;
    private final ProcessedMessages inbox;
    private final Clock clock;

    OrderService(OrderRepository orders, PaymentRequests paymentRequests, ProcessedMessages inbox, Clock clock) {
        this.orders = orders;
        this.paymentRequests = paymentRequests;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order placeOrder(PlaceOrderCommand command) {
        var order = Order.place(command.customerId(), command.amount(), command.description(), clock.instant());
        orders.save(order);
        paymentRequests.requestPayment(order);
        return order;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Order> findOrder(OrderId id) {
        return orders.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public OrderPage findOrders(CustomerId customerId, PageRequest page) {
        return orders.findByCustomer(customerId, page);
    }

    @Override
    @Transactional
    public PaymentResultRecorded recordPaymentResult(PaymentResult result) {
        if (!inbox.markProcessed(result.messageId())) {
            return PaymentResultRecorded.DUPLICATE_MESSAGE;
        }
        var order = orders.findByIdForUpdate(result.orderId())
                .orElseThrow(() -> new UnknownOrderException(result.orderId()));
        var now = clock.instant();
        var moved = result instanceof PaymentResult.Failed failed
                ? order.markFailed(failed.reason(), now)
                : order.markPaid(now);
        if (!moved) {
            return PaymentResultRecorded.ORDER_ALREADY_SETTLED;
        }
        orders.save(order);
        return PaymentResultRecorded.APPLIED;
    }
}
