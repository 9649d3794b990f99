package com.gozon.orders.application;

import com.gozon.orders.application.port.in.FindOrdersQuery;
import com.gozon.orders.application.port.in.OrderPage;
import com.gozon.orders.application.port.in.PageRequest;
import com.gozon.orders.application.port.in.PlaceOrderCommand;
import com.gozon.orders.application.port.in.PlaceOrderUseCase;
import com.gozon.orders.application.port.in.RequestPaymentAgainUseCase;
import com.gozon.orders.application.port.in.SettleOrderCommand;
import com.gozon.orders.application.port.in.SettleOrderResult;
import com.gozon.orders.application.port.in.SettleOrderUseCase;
import com.gozon.orders.application.port.out.Inbox;
import com.gozon.orders.application.port.out.OrderRepository;
import com.gozon.orders.application.port.out.PaymentRequests;
import com.gozon.orders.domain.Order;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

@Service
class OrderService implements PlaceOrderUseCase, FindOrdersQuery, SettleOrderUseCase, RequestPaymentAgainUseCase {

    private final OrderRepository orders;
    private final PaymentRequests paymentRequests;
    private final Inbox inbox;
    private final Clock clock;

    OrderService(OrderRepository orders, PaymentRequests paymentRequests, Inbox inbox, Clock clock) {
        this.orders = orders;
        this.paymentRequests = paymentRequests;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order placeOrder(PlaceOrderCommand command) {
        var order = Order.place(command.userId(), command.amount(), command.description(), clock.instant());
        orders.insert(order);
        paymentRequests.requestPayment(order);
        return order;
    }

    @Override
    @Transactional
    public int requestPaymentAgain(Duration unsettledFor, int limit) {
        var now = clock.instant();
        var unsettled = orders.claimUnsettledRequestedBefore(now.minus(unsettledFor), now, limit);
        unsettled.forEach(paymentRequests::requestPayment);
        return unsettled.size();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Order> findOrder(UserId requester, OrderId orderId) {
        return orders.findById(orderId).filter(order -> order.belongsTo(requester));
    }

    @Override
    @Transactional(readOnly = true)
    public OrderPage findOrders(UserId requester, PageRequest page) {
        return orders.findByUserId(requester, page);
    }

    @Override
    @Transactional
    public SettleOrderResult settleOrder(SettleOrderCommand command) {
        var found = orders.findByIdForUpdate(command.orderId());
        if (found.isEmpty()) {
            return new SettleOrderResult.UnknownOrder(command.orderId());
        }
        var order = found.get();
        if (order.amount().compareTo(command.amount()) != 0) {
            return new SettleOrderResult.AmountMismatch(order.id(), order.amount(), command.amount());
        }
        if (!order.belongsTo(command.userId())) {
            return new SettleOrderResult.UserMismatch(order.id(), order.userId(), command.userId());
        }
        if (!inbox.add(command.messageId())) {
            return new SettleOrderResult.DuplicateMessage();
        }
        if (order.isSettled()) {
            return new SettleOrderResult.AlreadySettled(order);
        }
        var now = clock.instant();
        if (command instanceof SettleOrderCommand.PaymentFailed failed) {
            order.markFailed(failed.reason(), now);
        } else {
            order.markPaid(now);
        }
        orders.update(order);
        return new SettleOrderResult.Applied(order);
    }
}
