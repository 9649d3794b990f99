package com.gozon.journey;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An order the sampler leaves out stays out of tracing end to end: its events carry the request's trace with the flag
 * "not sampled", so the consumers continue that decision instead of starting (and maybe sampling) traces of their own.
 */
@GozonIntegrationTest
@AutoConfigureTracing
@TestPropertySource(properties = "management.tracing.sampling.probability=0")
// a context of its own: closed afterwards, so that its connections do not stay open beside the shared one
@DirtiesContext
class UnsampledOrderTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSamplersDecisionTravelsWithTheOrdersEvents() {
        var api = new HttpApi(port).documented();
        var userId = api.openAccount();
        api.topUp(userId, "5.00");
        var orderId = api.placeOrder(userId, "1.00").json().get("orderId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.order(orderId).get("status").asString(), "PAID"::equals);

        var traceParents = jdbc.sql("select trace_parent from outbox.event_publication where serialized_event like ?"
                        + " order by publication_date")
                .param("%" + orderId + "%").query(String.class).list();

        assertThat(traceParents).as("the payment request and the payment's outcome").hasSize(2)
                .allSatisfy(traceParent -> assertThat(traceParent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00"));
        assertThat(traceParents.stream().map(traceParent -> traceParent.substring(3, 35)).distinct())
                .as("one trace id").hasSize(1);
    }
}
