package com.gozon.payments.adapter.out.messaging;

import com.gozon.support.Contracts;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.Externalized;

import static com.gozon.support.Contracts.decimal;
import static com.gozon.support.Contracts.instant;
import static com.gozon.support.Contracts.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/** Payments writes {@code payment.succeeded} and {@code payment.failed} exactly as the contracts show them. */
class PaymentOutcomeContractTest {

    @Test
    void writesPaymentSucceeded() {
        var example = Contracts.example(PaymentsExchange.PAYMENT_SUCCEEDED);

        var written = Contracts.written(new PaymentSucceeded(uuid(example, "eventId"), uuid(example, "paymentId"),
                uuid(example, "orderId"), uuid(example, "userId"), decimal(example, "amount"),
                instant(example, "processedAt")));

        assertThat(written).isEqualTo(example);
        assertThat(PaymentSucceeded.class.getAnnotation(Externalized.class).value())
                .isEqualTo("gozon.payments::payment.succeeded");
    }

    @Test
    void writesPaymentFailed() {
        var example = Contracts.example(PaymentsExchange.PAYMENT_FAILED);

        var written = Contracts.written(new PaymentFailed(uuid(example, "eventId"), uuid(example, "paymentId"),
                uuid(example, "orderId"), uuid(example, "userId"), decimal(example, "amount"),
                example.get("reason").asString(), instant(example, "processedAt")));

        assertThat(written).isEqualTo(example);
        assertThat(PaymentFailed.class.getAnnotation(Externalized.class).value())
                .isEqualTo("gozon.payments::payment.failed");
    }
}
