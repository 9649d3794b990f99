package com.gozon.infrastructure.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.examples.Example;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Amounts in the documents' examples as the API writes them, with two fractional digits ({@code 0.00}, not
 * {@code 0}): the parser of example texts drops trailing zeros.
 */
@Configuration(proxyBeanMethods = false)
class MoneyExamples {

    private static final Set<String> MONEY_FIELDS = Set.of("amount", "balance", "balanceAfter");

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
                                    media.getExamples().values().forEach(MoneyExamples::twoDecimals);
                                }
                            });
                        }
                    })));
        };
    }

    private static void twoDecimals(Example example) {
        if (example.getValue() instanceof ObjectNode node) {
            MONEY_FIELDS.forEach(field -> {
                if (node.hasNonNull(field) && node.get(field).isNumber()) {
                    node.put(field, node.get(field).decimalValue().setScale(2, RoundingMode.UNNECESSARY));
                }
            });
        }
    }
}
