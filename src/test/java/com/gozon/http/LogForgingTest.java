package com.gozon.http;

import com.gozon.support.GozonIntegrationTest;
import com.gozon.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User input in a log message cannot write a line of its own into the plain-text log: every line break inside a
 * message or an exception's message is followed by blank space, so only real events start a line.
 */
@GozonIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogForgingTest {

    private static final String FORGED_EVENT = "1999-01-01T00:00:00.000Z ERROR 1 --- [gozon] [main] "
            + "c.g.i.web.ProblemDetailsHandler          : FORGED";

    @LocalServerPort
    int port;

    @Test
    void lineBreaksInMessagesAndExceptionsCannotStartAnEvent(CapturedOutput output) {
        var log = LoggerFactory.getLogger(LogForgingTest.class);
        for (var lineBreak : new String[] {"\n", "\r\n", "\r", "\u2028", "\u0085"}) {
            var cause = new IllegalStateException("cause" + lineBreak + FORGED_EVENT + " in a cause");
            log.error("Handling {}", "/api/orders" + lineBreak + FORGED_EVENT + " in a message",
                    new IllegalArgumentException("failure" + lineBreak + FORGED_EVENT + " in an exception", cause));
        }

        assertNoForgedEvent(output, 15);
    }

    @Test
    void lineBreaksSentOverHttpCannotStartAnEvent(CapturedOutput output) {
        var api = new HttpApi(port);
        var encoded = "%0d%0a" + FORGED_EVENT.replace(" ", "%20").replace("[", "%5B").replace("]", "%5D");
        api.get("/api/orders/" + encoded);
        api.get("/api/orders?userId=" + encoded);
        api.post("/api/orders", "{\"userId\":\"" + UUID.randomUUID() + "\",\"amount\":\"\\n" + FORGED_EVENT + "\"}");
        api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/orders?userId=" + UUID.randomUUID()))
                .header("Accept", "application/json, " + encoded).GET());
        LoggerFactory.getLogger(LogForgingTest.class).warn("Done sending forged input");

        assertNoForgedEvent(output, 0);
    }

    private static void assertNoForgedEvent(CapturedOutput output, int expectedMentions) {
        var lines = output.getOut().lines().toList();
        assertThat(lines).noneMatch(line -> line.startsWith("1999-01-01"));
        assertThat(lines.stream().filter(line -> line.contains("FORGED")))
                .hasSizeGreaterThanOrEqualTo(expectedMentions)
                .allMatch(line -> line.startsWith("\t"), "starts with a tab");
    }
}
