package com.gozon.orders.adapter.out.messaging;

import com.gozon.support.Contracts;
import org.junit.jupiter.api.Test;

import static com.gozon.support.Contracts.decimal;
import static com.gozon.support.Contracts.instant;
import static com.gozon.support.Contracts.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/** Orders writes {@code order.payment-requested} exactly as the contract shows it. */
class PaymentRequestedContractTest {

    @Test
    void writesTheContractShape() {
        var example = Contracts.example(OrdersExchange.PAYMENT_REQUESTED);

        var written = Contracts.written(new PaymentRequested(uuid(example, "eventId"), uuid(example, "orderId"),
                uuid(example, "userId"), decimal(example, "amount"), instant(example, "requestedAt")));

        assertThat(written).isEqualTo(example);
    }

    @Test
    void goesToTheContractsExchangeAndRoutingKey() {
        var externalized = PaymentRequested.class.getAnnotation(org.springframework.modulith.events.Externalized.class);

        assertThat(externalized.value()).isEqualTo("gozon.orders::order.payment-requested");
        assertThat(OrdersExchange.NAME).isEqualTo("gozon.orders");
    }
}
