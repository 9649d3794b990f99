package com.gozon.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API documents a running shop publishes ({@code /v3/api-docs/orders}, {@code /v3/api-docs/payments}), and the
 * check that an answer under {@code /api/orders} or {@code /api/payments} is one its document describes: status,
 * content type, headers and body. A document is read once per shop (base address).
 */
final class ApiDocuments {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ApiDocuments() {
    }

    /** Fails with the validator's report when the document does not describe this answer. */
    static void requireDescribed(String base, String method, URI uri, HttpResponse<String> answer) {
        var module = module(uri.getRawPath());
        if (module.isEmpty()) {
            return;
        }
        var response = SimpleResponse.Builder.status(answer.statusCode()).withBody(answer.body());
        answer.headers().map().forEach(response::withHeader);
        var report = validator(base, module.get())
                .validateResponse(uri.getRawPath(), Request.Method.valueOf(method), response.build());
        if (report.hasErrors()) {
            throw new AssertionError("The " + module.get() + " API document does not describe the answer to " + method
                    + " " + uri.getRawPath() + ", " + answer.statusCode() + " " + answer.body() + ":\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
    }

    private static Optional<String> module(String path) {
        if (path.equals("/api/orders") || path.startsWith("/api/orders/")) {
            return Optional.of("orders");
        }
        if (path.equals("/api/payments") || path.startsWith("/api/payments/")) {
            return Optional.of("payments");
        }
        return Optional.empty();
    }

    private static OpenApiInteractionValidator validator(String base, String module) {
        return VALIDATORS.computeIfAbsent(base + " " + module, key -> OpenApiInteractionValidator
                .createForInlineApiSpecification(document(base, module)).build());
    }

    private static String document(String base, String module) {
        try {
            var answer = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs/" + module)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The " + module + " API document answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
