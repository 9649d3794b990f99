package com.gozon.orders.adapter.out.messaging;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exchange Orders publishes to, and its routing key: the module's published contract (docs/messaging.md). */
@Configuration(proxyBeanMethods = false)
public class OrdersExchange {

    public static final String NAME = "gozon.orders";
    public static final String PAYMENT_REQUESTED = "order.payment-requested";

    @Bean
    TopicExchange ordersTopicExchange() {
        return new TopicExchange(NAME, true, false);
    }
}
