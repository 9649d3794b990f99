package com.gozon.orders.adapter.in.web;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Orders API's document: {@code /v3/api-docs/orders}, the second tab of the Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OrdersApiDocs {

    static final String VERSION = "1.0";

    @Bean
    GroupedOpenApi ordersApi() {
        return GroupedOpenApi.builder().group("orders").displayName("Orders")
                .pathsToMatch(OrdersController.BASE_PATH, OrdersController.BASE_PATH + "/**")
                .addOpenApiCustomizer(openApi -> openApi.info(new Info().title("Gozon Orders API").version(VERSION)
                        .description("""
                                Orders paid from your Gozon account. Open and top up the account first (Payments \
                                API: openAccount, topUp), then place an order here (placeOrder): it is NEW until \
                                its payment, which runs asynchronously, makes it PAID or FAILED (getOrder). \
                                Every call needs a bearer token; you see only your own orders.""")))
                .build();
    }
}
