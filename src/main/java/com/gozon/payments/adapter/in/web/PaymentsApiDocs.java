package com.gozon.payments.adapter.in.web;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Payments API's document: {@code /v3/api-docs/payments}, the Swagger UI's first tab, where a journey starts. */
@Configuration(proxyBeanMethods = false)
class PaymentsApiDocs {

    static final String VERSION = "1.0";

    @Bean
    GroupedOpenApi paymentsApi() {
        return GroupedOpenApi.builder().group("payments").displayName("Payments")
                .pathsToMatch("/api/payments/**")
                .addOpenApiCustomizer(openApi -> openApi.info(new Info().title("Gozon Payments API").version(VERSION)
                        .description("""
                                Start here. 1. Authorize (a demo user, or paste a token). 2. openAccount: your \
                                account, balance 0.00, whose id is your user id. 3. topUp. 4. In the Orders API, \
                                placeOrder: the order is paid from this account asynchronously. 5. getAccount and \
                                listLedgerEntries show the debit. Every call needs a bearer token; you see only \
                                your own account.""")))
                .build();
    }
}
