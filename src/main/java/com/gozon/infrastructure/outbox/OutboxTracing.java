package com.gozon.infrastructure.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries the trace of a publication through the outbox: the W3C {@code traceparent} of the span current when the
 * event was published is stored with it, and the relay sends the message inside a span that continues that trace, so
 * that the RabbitTemplate's observation puts it into the message's headers and the consumer continues it. Without
 * tracing (no tracer, or nothing current) it stores and continues nothing.
 */
class OutboxTracing {

    private static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    OutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    static OutboxTracing none() {
        return new OutboxTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /** The {@code traceparent} of the current span, if there is one and it is sampled. */
    @Nullable String current() {
        var span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        var carrier = new HashMap<String, String>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Runs {@code send} inside a span "outbox relay" that continues the stored trace; without one, as it is.
     */
    void continueTrace(@Nullable String traceParent, Runnable send) {
        if (traceParent == null) {
            send.run();
            return;
        }
        Span span = propagator.extract(Map.of(TRACEPARENT, traceParent), Map::get).name("outbox relay").start();
        try (var ignored = tracer.withSpan(span)) {
            send.run();
        } finally {
            span.end();
        }
    }
}
