package com.gozon.http.problems;

import com.gozon.operations.failures.Failures;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Answers errors that never reached a controller (the servlet container's own, for instance a malformed URL) as
 * RFC 9457 problems instead of Spring Boot's default error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // asked for directly: the error page is no resource of the API
            return problem(HttpStatus.NOT_FOUND, request.getRequestURI());
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && Failures.isOutage(failure)) {
            // a filter (idempotency keys, say) met the outage before Spring MVC's handlers could answer it
            var problem = OutageProblem.problem();
            if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
                problem.setInstance(Problems.instance(path));
            }
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).headers(OutageProblem.headers())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return problem(status, uri instanceof String path ? path : null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, @Nullable String path) {
        var problem = ProblemDetail.forStatus(status);
        if (path != null) {
            problem.setInstance(Problems.instance(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
