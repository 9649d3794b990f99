package com.gozon.orders.adapter.in.messaging;

import com.gozon.orders.application.PaymentResult;
import com.gozon.orders.application.PaymentResultRecorded;
import com.gozon.orders.domain.FailureReason;
import com.gozon.support.Contracts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.gozon.support.Contracts.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/** Orders reads {@code payment.succeeded} and {@code payment.failed} as the contracts show them. */
class PaymentResultContractTest {

    final List<PaymentResult> results = new ArrayList<>();
    final PaymentResultListener listener = new PaymentResultListener(result -> {
        results.add(result);
        return PaymentResultRecorded.APPLIED;
    }, Contracts.JSON, new SimpleMeterRegistry());

    @Test
    void readsPaymentSucceeded() {
        var example = Contracts.example("payment.succeeded");

        listener.onPaymentResult(Contracts.exampleMessage("payment.succeeded"));

        assertThat(results).singleElement().isEqualTo(new PaymentResult.Succeeded(uuid(example, "eventId"),
                new com.gozon.orders.domain.OrderId(uuid(example, "orderId"))));
    }

    @Test
    void readsPaymentFailedWithItsReason() {
        var example = Contracts.example("payment.failed");

        listener.onPaymentResult(Contracts.exampleMessage("payment.failed"));

        assertThat(results).singleElement().isEqualTo(new PaymentResult.Failed(uuid(example, "eventId"),
                new com.gozon.orders.domain.OrderId(uuid(example, "orderId")), FailureReason.INSUFFICIENT_FUNDS));
    }
}
