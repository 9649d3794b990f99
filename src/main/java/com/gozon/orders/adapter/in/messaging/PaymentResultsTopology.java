package com.gozon.orders.adapter.in.messaging;

import com.gozon.inbox.QueueDeclarations;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable queue (quorum or classic, as every consumed queue: {@link QueueDeclarations}) Orders owns for the outcomes Payments publishes, bound to Payments' exchange by the routing keys
 * of Payments' contract (docs/messaging.md): the names of the other side, written once on this side. Orders declares
 * its queue and the bindings, not Payments' exchange: its broker user may read from that exchange, not configure it
 * (adr/0012-broker-trust.md), so the exchange must exist already (the broker's definitions declare it).
 */
@Configuration(proxyBeanMethods = false)
public class PaymentResultsTopology {

    public static final String QUEUE = "orders.payment-results";
    public static final String PAYMENTS_EXCHANGE = "gozon.payments";
    public static final String PAYMENT_SUCCEEDED = "payment.succeeded";
    public static final String PAYMENT_FAILED = "payment.failed";

    @Bean
    Queue paymentResultsQueue(QueueDeclarations queues) {
        return queues.consumed(QUEUE);
    }

    @Bean
    Declarables paymentResultsBindings() {
        return new Declarables(bind(PAYMENT_SUCCEEDED), bind(PAYMENT_FAILED));
    }

    private static Binding bind(String routingKey) {
        return new Binding(QUEUE, Binding.DestinationType.QUEUE, PAYMENTS_EXCHANGE, routingKey, null);
    }
}
