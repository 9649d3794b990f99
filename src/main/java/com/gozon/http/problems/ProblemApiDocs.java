package com.gozon.http.problems;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem schema as the shop really answers it (RFC 9457, with {@code errors} for validation), instead of
 * springdoc's picture of Spring's {@code ProblemDetail} class, and an example for every error status an operation
 * documents: its title, its status, the response's description as detail, the operation's path as instance.
 */
@Configuration(proxyBeanMethods = false)
class ProblemApiDocs {

    static final String SCHEMA = "ProblemDetail";
    private static final String MEDIA_TYPE = "application/problem+json";

    /** Last, so that it sees the answers other customizers add (401, 409, 422, 503). */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    GlobalOpenApiCustomizer problemSchemaAndExamples() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getPaths() == null) {
                return;
            }
            openApi.getComponents().addSchemas(SCHEMA, schema());
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                var invalid = invalidInput(openApi.getComponents().getSchemas(), operation);
                operation.getResponses().forEach((status, response) -> addExample(path, status, response, invalid));
            }));
        };
    }

    private static Schema<?> schema() {
        var invalidParameter = new ObjectSchema()
                .addProperty("name", new StringSchema().description("The field, parameter or header").example("amount"))
                .addProperty("reason", new StringSchema().example("must be greater than or equal to 0.01"));
        return new ObjectSchema()
                .description("An RFC 9457 problem (application/problem+json): every error of this API")
                .addProperty("type", new StringSchema().format("uri").description("Absent, or about:blank"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong with this request"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty("errors", new ArraySchema().items(invalidParameter)
                        .description("Only in a 400 for invalid input: one entry per bad field, parameter or header"))
                .required(List.of("title", "status"));
    }

    /** A plausible bad input of the operation: its body's first field, else its first parameter. */
    private static Map<String, String> invalidInput(Map<String, Schema> schemas, Operation operation) {
        var body = firstBodyField(schemas, operation);
        if ("amount".equals(body)) {
            return Map.of("name", "amount", "reason", "must be greater than or equal to 0.01");
        }
        if (body != null) {
            return Map.of("name", body, "reason", "is not valid");
        }
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        var parameter = parameters.stream().map(Parameter::getName)
                .filter(name -> "size".equals(name) || "page".equals(name)).findFirst()
                .or(() -> parameters.stream().filter(candidate -> "path".equals(candidate.getIn()))
                        .map(Parameter::getName).findFirst())
                .orElse("userId");
        return "size".equals(parameter) ? Map.of("name", "size", "reason", "must be greater than or equal to 1")
                : Map.of("name", parameter, "reason", "is not a UUID");
    }

    private static @Nullable String firstBodyField(Map<String, Schema> schemas, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        for (MediaType media : operation.getRequestBody().getContent().values()) {
            Schema<?> reference = media.getSchema();
            if (reference == null || reference.get$ref() == null) {
                continue;
            }
            Schema<?> schema = schemas.get(reference.get$ref().substring(reference.get$ref().lastIndexOf('/') + 1));
            if (schema != null && schema.getProperties() != null) {
                for (String name : schema.getProperties().keySet()) {
                    if (!"userId".equals(name)) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    private static void addExample(String path, String status, ApiResponse response, Map<String, String> invalid) {
        if (response.getContent() == null || !response.getContent().containsKey(MEDIA_TYPE)) {
            return;
        }
        var mediaType = response.getContent().get(MEDIA_TYPE);
        if (!status.matches("[45][0-9][0-9]")) {
            return;
        }
        if (mediaType.getExamples() != null && !mediaType.getExamples().isEmpty()) {
            return;
        }
        var code = Integer.parseInt(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", code == 400 ? "Invalid request" : HttpStatus.valueOf(code).getReasonPhrase());
        problem.put("status", code);
        problem.put("detail", code == 400 ? invalid.get("name") + " " + invalid.get("reason") + "."
                : response.getDescription());
        problem.put("instance", path.replaceAll("\\{[^}]+}", "3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        if (code == 400) {
            problem.put("errors", List.of(invalid));
        }
        // a fresh media type: customizers share one among several answers, each of which gets its own example
        var content = new Content();
        content.putAll(response.getContent());
        content.addMediaType(MEDIA_TYPE, new MediaType().schema(mediaType.getSchema())
                .addExamples(HttpStatus.valueOf(code).name().toLowerCase(), new Example().value(problem)));
        response.setContent(content);
    }
}
