package com.gozon.payments.adapter.in.messaging;

import com.gozon.inbox.QueueDeclarations;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Queue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable queue (quorum or classic, as every consumed queue: {@link QueueDeclarations}) Payments owns for the payment requests Orders publishes, bound to Orders' exchange by the routing
 * key of Orders' contract (docs/messaging.md): the names of the other side, written once on this side. Payments
 * declares its queue and the binding, not Orders' exchange: its broker user may read from that exchange, not
 * configure it (adr/0012-broker-trust.md), so the exchange must exist already (the broker's definitions declare it).
 */
@Configuration(proxyBeanMethods = false)
public class PaymentRequestsTopology {

    public static final String QUEUE = "payments.payment-requests";
    public static final String ORDERS_EXCHANGE = "gozon.orders";
    public static final String PAYMENT_REQUESTED = "order.payment-requested";

    @Bean
    Queue paymentRequestsQueue(QueueDeclarations queues) {
        return queues.consumed(QUEUE);
    }

    @Bean
    Binding paymentRequestsBinding() {
        return new Binding(QUEUE, Binding.DestinationType.QUEUE, ORDERS_EXCHANGE, PAYMENT_REQUESTED, null);
    }
}
