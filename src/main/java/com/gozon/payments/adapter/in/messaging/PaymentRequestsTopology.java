package com.gozon.payments.adapter.in.messaging;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The durable queue Payments owns for the payment requests Orders publishes. */
@Configuration(proxyBeanMethods = false)
class PaymentRequestsTopology {

    static final String NAME = "payments.payment-requests";
    static final String ORDERS_EXCHANGE = "gozon.orders";
    static final String PAYMENT_REQUESTED = "order.payment-requested";

    @Bean
    Queue paymentRequestsQueue() {
        return QueueBuilder.durable(NAME).build();
    }

    @Bean
    Declarables paymentRequestsBinding(Queue paymentRequestsQueue) {
        var exchange = new TopicExchange(ORDERS_EXCHANGE, true, false);
        return new Declarables(exchange, BindingBuilder.bind(paymentRequestsQueue).to(exchange).with(PAYMENT_REQUESTED));
    }
}
