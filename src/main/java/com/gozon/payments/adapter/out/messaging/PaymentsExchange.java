package com.gozon.payments.adapter.out.messaging;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exchange Payments publishes to, and its routing keys: the module's published contract (docs/messaging.md). */
@Configuration(proxyBeanMethods = false)
public class PaymentsExchange {

    public static final String NAME = "gozon.payments";
    public static final String PAYMENT_SUCCEEDED = "payment.succeeded";
    public static final String PAYMENT_FAILED = "payment.failed";

    @Bean
    TopicExchange paymentsTopicExchange() {
        return new TopicExchange(NAME, true, false);
    }
}
