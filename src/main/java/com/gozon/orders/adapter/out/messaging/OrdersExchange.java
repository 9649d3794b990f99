package com.gozon.orders.adapter.out.messaging;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exchange Orders publishes to, and its routing keys. */
@Configuration(proxyBeanMethods = false)
class OrdersExchange {

    static final String NAME = "gozon.orders";
    static final String PAYMENT_REQUESTED = "order.payment-requested";

    @Bean
    TopicExchange ordersTopicExchange() {
        return new TopicExchange(NAME, true, false);
    }
}
