package com.gozon.http.problems;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closes the connection of a request whose body was not read to its end (refused before it was read, or cut off by
 * {@link RequestBodyFilter}) instead of letting Tomcat drain the rest. Tomcat drains with blocking reads on the
 * worker thread, at the client's pace: after a 408 for a slow body the thread stayed blocked for another connection
 * timeout, and after a 401 or 404 for as long as the client kept sending. The answer says {@code Connection: close},
 * so that no client sends its next request into a connection that is going away; an answer already on its way is
 * left to Tomcat. It sits in the host's pipeline inside {@link ProblemErrorReportValve}, so that it sees error answers
 * before they are written.
 */
class UnreadBodyValve extends ValveBase {

    UnreadBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.isAsync() || response.isCommitted()) {
            return;
        }
        var coyoteRequest = request.getCoyoteRequest();
        var fullyRead = new AtomicBoolean(true);
        coyoteRequest.action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
        if (!fullyRead.get()) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            coyoteRequest.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }
}
