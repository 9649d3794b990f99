package com.gozon.support;

import com.gozon.outbox.OutboxEvent;
import com.gozon.orders.adapter.out.messaging.PaymentRequested;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads the event publication registry (the outbox) through Spring Modulith, as events, not as rows of text. */
public final class Outbox {

    private final EventPublicationRepository publications;
    private final JdbcClient jdbc;

    public Outbox(EventPublicationRepository publications, JdbcClient jdbc) {
        this.publications = publications;
        this.jdbc = jdbc;
    }

    /** The publications, complete or not, of the events of this type that match. */
    public <E extends OutboxEvent> List<TargetEventPublication> publicationsOf(Class<E> type, Predicate<E> matching) {
        return Stream.concat(publications.findIncompletePublications().stream(),
                        publications.findCompletedPublications().stream())
                .filter(publication -> type.isInstance(publication.getEvent())
                        && matching.test(type.cast(publication.getEvent())))
                .toList();
    }

    /**
     * Whether the payment request of the given order failed to go out and waits for its resubmission. Asked of the
     * repository by status: the publications it returns otherwise report only PUBLISHED or COMPLETED (Modulith 2.0.6).
     */
    public boolean isPaymentRequestFailed(String orderId) {
        var id = UUID.fromString(orderId);
        return publications.findByStatus(EventPublication.Status.FAILED).stream()
                .anyMatch(publication -> publication.getEvent() instanceof PaymentRequested request
                        && request.orderId().equals(id));
    }

    public boolean isPaymentRequestCompleted(String orderId) {
        return paymentRequest(orderId).map(EventPublication::isCompleted).orElse(false);
    }

    /** Makes the payment request look as if its process had died while publishing it, long ago. */
    public void pretendPublisherCrashed(String orderId) {
        var publication = paymentRequest(orderId).orElseThrow();
        jdbc.sql("update outbox.event_publication set status = 'PROCESSING',"
                        + " publication_date = now() - interval '10 minutes' where id = ?")
                .param(publication.getIdentifier()).update();
    }

    /**
     * Writes a publication of the event as the given instance would while sending it: claimed by that instance,
     * PROCESSING, published a moment ago, so that neither the resubmission of failed publications nor the one-minute
     * staleness touches it. The listener id is the one the registry uses for events of this type.
     */
    public void inFlightAt(String instance, OutboxEvent event, EventSerializer serializer) {
        var type = event.getClass().getName();
        var listener = jdbc.sql("select listener_id from outbox.event_publication where event_type = ? limit 1")
                .param(type).query(String.class).single();
        jdbc.sql("insert into outbox.event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts, claimed_by) values (?, ?, ?, ?, now(), 'PROCESSING', 0, ?)")
                .params(UUID.randomUUID(), listener, type, serializer.serialize(event).toString(), instance)
                .update();
    }

    /** Gives the instance a lease that stays valid for the given time, as if it were alive and renewing it. */
    public void keepAlive(String instance, java.time.Duration forAsLongAs) {
        jdbc.sql("insert into outbox.instance_lease (instance_id, heartbeat_at) values (?, now() + make_interval(secs => ?))"
                        + " on conflict (instance_id) do update set heartbeat_at = excluded.heartbeat_at")
                .params(instance, (double) forAsLongAs.toSeconds()).update();
    }

    private Optional<TargetEventPublication> paymentRequest(String orderId) {
        var id = UUID.fromString(orderId);
        return publicationsOf(PaymentRequested.class, request -> request.orderId().equals(id)).stream().findFirst();
    }
}
