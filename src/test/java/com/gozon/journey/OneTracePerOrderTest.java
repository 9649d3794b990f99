package com.gozon.journey;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One order is one trace: the HTTP request that placed it, the payment request consumed by payments and the result
 * consumed by orders carry one trace id, although each message went through an outbox and a relay thread that knew
 * nothing of the request (the trace is stored with the event and continued when it is sent).
 */
@GozonIntegrationTest
@AutoConfigureTracing
@Import(OneTracePerOrderTest.Spans.class)
// a context of its own: closed afterwards, so that its connections do not stay open beside the shared one
@DirtiesContext
class OneTracePerOrderTest {

    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");

    @LocalServerPort
    int port;

    @Autowired
    InMemorySpanExporter spans;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port).documented();
    }

    @Test
    void requestPaymentAndResultShareOneTraceId() {
        var userId = api.openAccount();
        api.topUp(userId, "100.00");
        var orderId = api.placeOrder(userId, "10.00").json().get("orderId").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.order(orderId).get("status").asString(), "PAID"::equals);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var finished = spans.getFinishedSpanItems();
            var placed = only(finished, span -> span.getKind() == SpanKind.SERVER
                    && span.getName().equals("http post /api/orders"), "the HTTP request that placed the order");
            var requested = only(finished, span -> span.getKind() == SpanKind.CONSUMER
                    && "payments.payment-requests".equals(span.getAttributes().get(DESTINATION))
                    && span.getTraceId().equals(placed.getTraceId()), "the payment request consumed by payments");
            var settled = only(finished, span -> span.getKind() == SpanKind.CONSUMER
                    && "orders.payment-results".equals(span.getAttributes().get(DESTINATION))
                    && span.getTraceId().equals(placed.getTraceId()), "the payment result consumed by orders");
            assertThat(List.of(requested.getTraceId(), settled.getTraceId())).containsOnly(placed.getTraceId());
        });
    }

    private static SpanData only(List<SpanData> spans, java.util.function.Predicate<SpanData> which, String what) {
        var found = spans.stream().filter(which).toList();
        assertThat(found).as(what + " among the spans " + spans.stream()
                .map(span -> span.getKind() + " " + span.getName() + " " + span.getTraceId() + " "
                        + Objects.toString(span.getAttributes().get(DESTINATION), ""))
                .collect(Collectors.joining("; "))).isNotEmpty();
        return found.get(found.size() - 1);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Spans {

        @Bean
        InMemorySpanExporter inMemorySpanExporter() {
            return InMemorySpanExporter.create();
        }
    }
}
