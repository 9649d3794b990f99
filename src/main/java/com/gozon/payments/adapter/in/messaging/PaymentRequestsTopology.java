package com.gozon.payments.adapter.in.messaging;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable queue Payments owns for the payment requests Orders publishes, bound to Orders' exchange by the routing
 * key of Orders' contract (docs/messaging.md): the names of the other side, written once on this side.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentRequestsTopology {

    public static final String QUEUE = "payments.payment-requests";
    public static final String ORDERS_EXCHANGE = "gozon.orders";
    public static final String PAYMENT_REQUESTED = "order.payment-requested";

    @Bean
    Queue paymentRequestsQueue() {
        return QueueBuilder.durable(QUEUE).build();
    }

    @Bean
    Declarables paymentRequestsBinding(Queue paymentRequestsQueue) {
        var exchange = new TopicExchange(ORDERS_EXCHANGE, true, false);
        return new Declarables(exchange, BindingBuilder.bind(paymentRequestsQueue).to(exchange).with(PAYMENT_REQUESTED));
    }
}
