package com.gozon.http.limits;

import com.gozon.http.FilterOrder;
import com.gozon.http.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

/**
 * Reads every request body before anything else does, within {@link RequestBodyProperties}: at most {@code max-size}
 * bytes (413 otherwise, for a chunked body too), within {@code read-timeout} (408 otherwise), and at most
 * {@code max-concurrent-reads} bodies at a time (503 otherwise). Tomcat's worker threads block while they read a
 * body, so without these a client that sends a byte every few seconds holds a thread for as long as it likes, and a
 * few hundred such clients hold all of them; with them, the other threads stay free for everyone else.
 */
@Component
@Order(FilterOrder.REQUEST_BODY)
@EnableConfigurationProperties(RequestBodyProperties.class)
class RequestBodyFilter extends OncePerRequestFilter {

    private final RequestBodyProperties limits;
    private final Semaphore readers;

    RequestBodyFilter(RequestBodyProperties limits) {
        this.limits = limits;
        this.readers = new Semaphore(limits.maxConcurrentReads());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var maxSize = limits.maxSize().toBytes();
        if (request.getContentLengthLong() > maxSize) {
            tooLarge(request, response);
            return;
        }
        if (!readers.tryAcquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "The server is reading as many request bodies as it can; please retry."));
            return;
        }
        byte[] body;
        try {
            body = read(request.getInputStream(), (int) maxSize, System.nanoTime() + limits.readTimeout().toNanos());
        } catch (BodyTooLarge e) {
            tooLarge(request, response);
            return;
        } catch (BodyTooSlow e) {
            timedOut(request, response);
            return;
        } catch (IOException e) {
            if (hasCause(e, SocketTimeoutException.class)) {
                timedOut(request, response);
                return;
            }
            throw e;
        } finally {
            readers.release();
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static byte[] read(InputStream in, int maxSize, long deadline) throws IOException {
        var buffer = new byte[Math.min(maxSize + 1, 1024)];
        var length = 0;
        for (int read; (read = in.read(buffer, length, buffer.length - length)) != -1; ) {
            length += read;
            if (length > maxSize) {
                throw new BodyTooLarge();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new BodyTooSlow();
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxSize + 1));
            }
        }
        return Arrays.copyOf(buffer, length);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + limits.maxSize().toBytes() + " bytes."));
    }

    private void timedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems.write(request, response, Problems.of(HttpStatus.REQUEST_TIMEOUT,
                "The request body did not arrive within " + limits.readTimeout().toMillis() + " ms."));
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static final class BodyTooLarge extends IOException {
    }

    private static final class BodyTooSlow extends IOException {
    }
}
