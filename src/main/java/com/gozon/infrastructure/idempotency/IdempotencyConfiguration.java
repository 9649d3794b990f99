package com.gozon.infrastructure.idempotency;

import com.gozon.infrastructure.outbox.OutboxProperties;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * Filters are created while the web server starts; the database behind the keys and transactions is reached only
     * at the first request, so that the server's start waits for nothing and start-up checks fail first.
     */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(ObjectProvider<IdempotencyKeys> keys,
            ObjectProvider<PlatformTransactionManager> transactions, JsonMapper json,
            IdempotencyProperties properties) {
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
    GlobalOperationCustomizer idempotencyKeyHeader(IdempotencyProperties properties) {
        return IdempotencyApiDocs.idempotencyKeyHeader(properties.maxKeyLength());
    }
}
