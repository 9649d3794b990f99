package com.gozon.outbox;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries the trace of a publication through the outbox: the W3C {@code traceparent} of the span current when the
 * event was published is stored with it, and the relay writes it into the message's headers as it is, so that the
 * consumer's observation continues that trace, also for a copy resubmitted later or by another instance. Without
 * tracing (no tracer, or nothing current) it stores nothing.
 */
class OutboxTracing {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    OutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    static OutboxTracing none() {
        return new OutboxTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /**
     * The {@code traceparent} of the current span, if there is one: also of a span the sampler left out, whose flags
     * say so, so that the consumer leaves the order's trace out too rather than start a trace of its own.
     */
    @Nullable String current() {
        var span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        var carrier = new HashMap<String, String>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }
}
