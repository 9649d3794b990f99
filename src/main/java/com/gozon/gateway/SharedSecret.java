package com.gozon.gateway;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret that the gateway adds to every request it forwards and that a module process demands
 * ({@code gozon.gateway.secret}, from {@code GOZON_GATEWAY_SECRET}). It has no default: a missing or blank one stops
 * the start-up, since an empty secret is one that any request can present.
 */
@ConfigurationProperties("gozon.gateway")
@Validated
record SharedSecret(@NotBlank(message = "must be set, with GOZON_GATEWAY_SECRET, and not be blank") String secret) {
}
