package com.gozon.orders.adapter.in.web;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrdersApiDocs {

    @Bean
    GroupedOpenApi ordersApi() {
        return GroupedOpenApi.builder().group("orders").displayName("Orders")
                .pathsToMatch(OrdersController.BASE_PATH, OrdersController.BASE_PATH + "/**").build();
    }
}
