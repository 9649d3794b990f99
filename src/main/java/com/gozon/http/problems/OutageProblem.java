package com.gozon.http.problems;

import com.gozon.operations.failures.Failures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The answer to a request that met an outage ({@link Failures#isOutage}: the database went away, a connection was
 * cut, a commit or a rollback could not run): 503 with {@code Retry-After}, saying that the outcome is unknown. A
 * client retries with the same {@code Idempotency-Key}, which acts at most once; it can tell this from a bug (500).
 */
public final class OutageProblem {

    public static final String RETRY_AFTER_SECONDS = "1";

    private OutageProblem() {
    }

    static ProblemDetail problem() {
        return problem("The shop lost its database connection while handling the request; whether it took effect is "
                + "unknown. Retry it with the same Idempotency-Key, which acts at most once, or check before "
                + "repeating it.");
    }

    /** The same answer with a detail of the caller's, for one that knows more of what happened. */
    public static ProblemDetail problem(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Outcome unknown");
        return problem;
    }

    static HttpHeaders headers() {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return headers;
    }
}
