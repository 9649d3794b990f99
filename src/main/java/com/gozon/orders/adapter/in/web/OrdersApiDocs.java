package com.gozon.orders.adapter.in.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

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
                .addOpenApiCustomizer(OrdersApiDocs::failureReasonMayBeNull)
                .build();
    }

    /**
     * springdoc writes the nullable failureReason as types [string, null] with an enum of its two reasons, which a
     * null (every NEW or PAID order) does not match: the enum names null too.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void failureReasonMayBeNull(OpenAPI openApi) {
        Schema<?> order = openApi.getComponents().getSchemas().get("Order");
        Schema failureReason = order.getProperties().get("failureReason");
        List<Object> reasons = new ArrayList<>(failureReason.getEnum());
        if (!reasons.contains(null)) {
            reasons.add(null);
            failureReason.setEnum(reasons);
        }
    }
}
