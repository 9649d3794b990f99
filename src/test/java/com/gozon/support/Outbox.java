package com.gozon.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

/** Reads the event publication registry (the outbox) the way an operator would. */
public final class Outbox {

    private final JdbcClient jdbc;

    public Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String PAYMENT_REQUEST = " from outbox.event_publication"
            + " where event_type like '%.PaymentRequested' and serialized_event like ?";

    /** The status of the payment request of the given order. */
    public Optional<String> statusOfPaymentRequest(String orderId) {
        return jdbc.sql("select status" + PAYMENT_REQUEST).param("%" + orderId + "%").query(String.class).optional();
    }

    public boolean isPaymentRequestCompleted(String orderId) {
        return jdbc.sql("select completion_date is not null" + PAYMENT_REQUEST).param("%" + orderId + "%")
                .query(Boolean.class).single();
    }

    /** Makes the payment request look as if its process had died while publishing it, long ago. */
    public void pretendPublisherCrashed(String orderId) {
        jdbc.sql("update outbox.event_publication set status = 'PROCESSING',"
                        + " publication_date = now() - interval '10 minutes'"
                        + " where event_type like '%.PaymentRequested' and serialized_event like ?")
                .param("%" + orderId + "%").update();
    }
}
