package com.gozon.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.addRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * The single public entry point when the modules run in processes of their own (profile {@code gateway}):
 * {@code /api/orders/**} to Orders, {@code /api/payments/**} to Payments, each module's OpenAPI document under
 * {@code /gw-docs/{module}} for the one Swagger UI. Every proxied request carries the shared secret that a module
 * running alone demands ({@link GatewaySecret}), and the caller's headers, its bearer token among them: each module
 * checks the token again.
 */
@Configuration(proxyBeanMethods = false)
@Profile("gateway")
@EnableConfigurationProperties(SharedSecret.class)
class GatewayRoutes {

    @Bean
    RouterFunction<ServerResponse> ordersRoute(@Value("${gozon.gateway.orders-uri}") String orders,
                                               SharedSecret sharedSecret) {
        var secret = sharedSecret.secret();
        return route("orders")
                .route(path("/api/orders").or(path("/api/orders/**")), http())
                .before(uri(orders))
                .before(addRequestHeader(GatewaySecret.HEADER, secret))
                .onError(Exception.class, GatewayRoutes::moduleUnavailable)
                .build()
                .and(docs("orders", orders, secret));
    }

    @Bean
    RouterFunction<ServerResponse> paymentsRoute(@Value("${gozon.gateway.payments-uri}") String payments,
                                                 SharedSecret sharedSecret) {
        var secret = sharedSecret.secret();
        return route("payments")
                .route(path("/api/payments/**"), http())
                .before(uri(payments))
                .before(addRequestHeader(GatewaySecret.HEADER, secret))
                .onError(Exception.class, GatewayRoutes::moduleUnavailable)
                .build()
                .and(docs("payments", payments, secret));
    }

    private static RouterFunction<ServerResponse> docs(String module, String target, String secret) {
        return route(module + "-docs")
                .GET("/gw-docs/" + module, http())
                .before(uri(target))
                .before(setPath("/v3/api-docs/" + module))
                .before(addRequestHeader(GatewaySecret.HEADER, secret))
                .onError(Exception.class, GatewayRoutes::moduleUnavailable)
                .build();
    }

    private static ServerResponse moduleUnavailable(Throwable failure, ServerRequest request) {
        var timedOut = hasCause(failure, HttpTimeoutException.class) || hasCause(failure, SocketTimeoutException.class);
        var status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
        var problem = ProblemDetail.forStatusAndDetail(status, timedOut
                ? "The module behind " + request.path() + " did not answer in time."
                : "The module behind " + request.path() + " is not reachable.");
        problem.setTitle(timedOut ? "Module timed out" : "Module unavailable");
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
