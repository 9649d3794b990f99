package com.gozon.infrastructure.idempotency;

import com.gozon.infrastructure.outbox.OutboxProperties;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/** Idempotency keys: their table lives in the infrastructure's schema of this process (the outbox's). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    /** After Spring Security (-100) and the rate limit, so that the caller is known and counted first. */
    static final int FILTER_ORDER = -90;

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc, OutboxProperties outbox) {
        return new IdempotencyKeys(jdbc, outbox.schema());
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys,
            PlatformTransactionManager transactions, JsonMapper json, IdempotencyProperties properties) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, transactions, json,
                properties.maxKeyLength()));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    IdempotencyKeyPurge idempotencyKeyPurge(IdempotencyKeys keys, IdempotencyProperties properties) {
        return new IdempotencyKeyPurge(keys, properties);
    }

    @Bean
    OperationCustomizer idempotencyKeyHeader(IdempotencyProperties properties) {
        return IdempotencyApiDocs.idempotencyKeyHeader(properties.maxKeyLength());
    }
}
