package com.gozon.payments.adapter.out.messaging;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exchange Payments publishes to, and its routing keys. */
@Configuration(proxyBeanMethods = false)
class PaymentsExchange {

    static final String NAME = "gozon.payments";
    static final String PAYMENT_SUCCEEDED = "payment.succeeded";
    static final String PAYMENT_FAILED = "payment.failed";

    @Bean
    TopicExchange paymentsTopicExchange() {
        return new TopicExchange(NAME, true, false);
    }
}
