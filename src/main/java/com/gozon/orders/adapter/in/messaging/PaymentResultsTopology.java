package com.gozon.orders.adapter.in.messaging;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable queue Orders owns for the outcomes Payments publishes, bound to Payments' exchange by the routing keys
 * of Payments' contract (docs/messaging.md): the names of the other side, written once on this side.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentResultsTopology {

    public static final String QUEUE = "orders.payment-results";
    public static final String PAYMENTS_EXCHANGE = "gozon.payments";
    public static final String PAYMENT_SUCCEEDED = "payment.succeeded";
    public static final String PAYMENT_FAILED = "payment.failed";

    @Bean
    Queue paymentResultsQueue() {
        return QueueBuilder.durable(QUEUE).build();
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
