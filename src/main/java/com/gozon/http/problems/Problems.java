package com.gozon.http.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.io.IOException;
import java.net.URI;

/**
 * The one writer of RFC 9457 problem bodies outside Spring MVC's exception handlers (servlet filters, Spring
 * Security's entry points, the gateway, Tomcat's error valve): Spring's {@link ProblemDetail}, written as Spring MVC
 * writes it, so that every problem of the shop has the same shape. The rule: no {@code type} member (RFC 9457 reads
 * that as {@code about:blank}), the status's reason phrase as the title unless a more specific one is given, and the
 * request's path as the {@code instance}.
 */
@NamedInterface("problems")
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private Problems() {
    }

    /** A problem of this status with its reason phrase as the title. */
    public static ProblemDetail of(HttpStatusCode status, @Nullable String detail) {
        var problem = ProblemDetail.forStatus(status);
        problem.setDetail(detail);
        var resolved = HttpStatus.resolve(status.value());
        problem.setTitle(resolved != null ? resolved.getReasonPhrase() : "Error");
        return problem;
    }

    /** A problem of this status with a title of its own. */
    public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
        var problem = of(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /**
     * Answers with the problem: its status, {@code application/problem+json}, the body; the request's path as its
     * {@code instance} unless it has one.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(instance(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** The problem's JSON, for a writer that is no servlet response (Tomcat's error report valve). */
    public static String json(ProblemDetail problem) {
        return JSON.writeValueAsString(problem);
    }

    /** The request path as a problem's {@code instance}: only characters that cannot confuse a client or a log. */
    public static URI instance(String path) {
        return URI.create(path.replaceAll("[^A-Za-z0-9/_.~-]", ""));
    }
}
