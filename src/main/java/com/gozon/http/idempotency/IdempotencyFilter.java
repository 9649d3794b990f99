package com.gozon.http.idempotency;

import com.gozon.http.problems.OutageProblem;
import com.gozon.http.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.gozon.http.limits.BufferedBodyRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A POST under {@code /api/} with an {@value #HEADER} header runs in a transaction of its own that the use case joins:
 * the first request with a key stores its answer in that transaction, next to its effect, so that the answer exists
 * exactly when the effect does. A repeat with the same key and the same request gets the stored answer (marked
 * {@value #REPLAYED}); the same key with another request is a 422 problem; a repeat while the first still runs is a
 * 409 problem. Keys belong to the caller (the token's user). When the commit itself fails, the outcome is unknown, and
 * the answer says so: retry with the same key, which either replays the stored answer or runs the request anew.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final ObjectProvider<IdempotencyKeys> keys;
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final int maxKeyLength;

    IdempotencyFilter(ObjectProvider<IdempotencyKeys> keys, ObjectProvider<PlatformTransactionManager> transactions,
                      int maxKeyLength) {
        this.keys = keys;
        this.transactions = transactions;
        this.maxKeyLength = maxKeyLength;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER);
        if (key.isEmpty() || key.length() > maxKeyLength || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            problem(request, response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key", "An " + HEADER + " has 1 to "
                    + maxKeyLength + " printable ASCII characters.");
            return;
        }
        var body = request.getInputStream().readAllBytes();
        var caller = caller(request);
        var hash = hash(request, body);
        var answer = new ContentCachingResponseWrapper(response);
        var transaction = transactions.getObject().getTransaction(new DefaultTransactionDefinition());
        boolean executed;
        try {
            executed = runOnce(new BufferedBodyRequest(request, body), answer, chain, transaction, caller, key, hash);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            rollback(transaction);
            throw e;
        }
        if (transaction.isRollbackOnly()) {
            rollback(transaction);
        } else {
            try {
                transactions.getObject().commit(transaction);
            } catch (RuntimeException e) {
                // JPA reports a refused commit as a TransactionSystemException or a translated DataAccessException
                log.warn("The commit of a request with an idempotency key failed; its outcome is unknown: {}",
                        e.getMessage());
                if (executed) {
                    // nothing was sent yet: the answer of the request (its status, Location, body) gives way
                    answer.reset();
                    outcomeUnknown(request, answer);
                }
            }
        }
        answer.copyBodyToResponse();
    }

    /** Returns whether the request ran (as opposed to being answered from what an earlier one stored). */
    private boolean runOnce(HttpServletRequest request, ContentCachingResponseWrapper answer, FilterChain chain,
                            TransactionStatus transaction, String caller, String key, String hash)
            throws IOException, ServletException {
        if (!keys.getObject().tryLock(caller, key)) {
            answer.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(request, answer, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this " + HEADER + " is still running; retry in a moment.");
            return false;
        }
        var stored = keys.getObject().find(caller, key);
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(hash)) {
                problem(request, answer, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                        "This " + HEADER + " was used for a different request.");
            } else {
                replay(stored.get(), answer);
            }
            return false;
        }
        chain.doFilter(request, answer);
        if (answer.getStatus() < 500 && !transaction.isRollbackOnly()) {
            keys.getObject().store(caller, key, new StoredOutcome(hash, answer.getStatus(), answer.getContentType(),
                    answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray()));
        } else {
            transaction.setRollbackOnly();
        }
        return true;
    }

    private static void replay(StoredOutcome stored, HttpServletResponse answer) throws IOException {
        answer.setStatus(stored.status());
        if (stored.contentType() != null) {
            answer.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            answer.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        answer.setHeader(REPLAYED, "true");
        answer.getOutputStream().write(stored.body());
    }

    private static void outcomeUnknown(HttpServletRequest request, HttpServletResponse answer) throws IOException {
        answer.setHeader(HttpHeaders.RETRY_AFTER, OutageProblem.RETRY_AFTER_SECONDS);
        Problems.write(request, answer, OutageProblem.problem("The request may or may not have taken effect: its "
                + "commit did not complete. Retry it with the same " + HEADER + ": a repeat returns the stored answer "
                + "if it did, and runs it if it did not."));
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                String title, String detail) throws IOException {
        Problems.write(request, response, Problems.of(status, title, detail));
    }

    private void rollback(TransactionStatus transaction) {
        if (!transaction.isCompleted()) {
            transactions.getObject().rollback(transaction);
        }
    }

    /** The caller the key belongs to: the token's user, or the client's address when there is none. */
    private static String caller(HttpServletRequest request) {
        var principal = request.getUserPrincipal();
        return principal != null ? "user:" + principal.getName() : "address:" + request.getRemoteAddr();
    }

    /** What makes two requests the same request: method, path and query, content type and body. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n"
                    + request.getContentType() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
