package com.gozon.payments.adapter.in.web;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentsApiDocs {

    @Bean
    GroupedOpenApi paymentsApi() {
        return GroupedOpenApi.builder().group("payments").displayName("Payments")
                .pathsToMatch("/api/payments/**").build();
    }
}
