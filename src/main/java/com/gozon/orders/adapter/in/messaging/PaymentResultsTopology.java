package com.gozon.orders.adapter.in.messaging;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The durable queue Orders owns for the outcomes Payments publishes. */
@Configuration(proxyBeanMethods = false)
class PaymentResultsTopology {

    static final String NAME = "orders.payment-results";
    static final String PAYMENTS_EXCHANGE = "gozon.payments";
    static final String PAYMENT_SUCCEEDED = "payment.succeeded";
    static final String PAYMENT_FAILED = "payment.failed";

    @Bean
    Queue paymentResultsQueue() {
        return QueueBuilder.durable(NAME).build();
    }

    @Bean
    Declarables paymentResultsBindings(Queue paymentResultsQueue) {
        var exchange = new TopicExchange(PAYMENTS_EXCHANGE, true, false);
        return new Declarables(exchange,
                bind(paymentResultsQueue, exchange, PAYMENT_SUCCEEDED),
                bind(paymentResultsQueue, exchange, PAYMENT_FAILED));
    }

    private static Binding bind(Queue queue, TopicExchange exchange, String routingKey) {
        return BindingBuilder.bind(queue).to(exchange).with(routingKey);
    }
}
