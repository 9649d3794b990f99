package com.gozon.http.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.RoundingMode;

/**
 * Amounts in the documents' examples as the API writes them, with two fractional digits ({@code 0.00}, not
 * {@code 0}): the parser of example texts drops trailing zeros. Which fields are amounts the documents' own schemas
 * say (a {@code number}, the type of every {@code BigDecimal}); no field of a module is named here.
 */
@Configuration(proxyBeanMethods = false)
class MoneyExamples {

    private static final int MAX_DEPTH = 8;

    @Bean
    GlobalOpenApiCustomizer moneyExamplesWithTwoDecimals() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation ->
                    operation.getResponses().values().forEach(response -> {
                        if (response.getContent() != null) {
                            response.getContent().values().forEach(media -> {
                                if (media.getExamples() != null) {
                                    media.getExamples().values().forEach(example -> twoDecimals(openApi,
                                            example.getValue(), media.getSchema(), 0));
                                }
                            });
                        }
                    })));
        };
    }

    private static void twoDecimals(OpenAPI openApi, @Nullable Object value, @Nullable Schema<?> schema, int depth) {
        var resolved = resolve(openApi, schema);
        if (resolved == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof ArrayNode array) {
            array.forEach(element -> twoDecimals(openApi, element, resolved.getItems(), depth + 1));
        } else if (value instanceof ObjectNode node && resolved.getProperties() != null) {
            resolved.getProperties().forEach((field, property) -> {
                var child = node.get(field);
                if (child != null && child.isNumber() && isNumber(resolve(openApi, property))) {
                    node.put(field, child.decimalValue().setScale(2, RoundingMode.UNNECESSARY));
                } else if (child != null && child.isContainerNode()) {
                    twoDecimals(openApi, child, property, depth + 1);
                }
            });
        }
    }

    private static boolean isNumber(@Nullable Schema<?> schema) {
        return schema != null && ("number".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("number"));
    }

    private static @Nullable Schema<?> resolve(OpenAPI openApi, @Nullable Schema<?> schema) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        var name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        return openApi.getComponents() == null || openApi.getComponents().getSchemas() == null ? null
                : openApi.getComponents().getSchemas().get(name);
    }
}
