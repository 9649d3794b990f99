package com.gozon.http.idempotency;

import com.gozon.http.FilterOrder;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Idempotency keys, in the schema {@code gozon.idempotency.schema}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc, IdempotencyProperties properties) {
        return new IdempotencyKeys(jdbc, properties.schema());
    }

    /**
     * Filters are created while the web server starts; the database behind the keys and transactions is reached only
     * at the first request, so that the server's start waits for nothing and start-up checks fail first.
     */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(ObjectProvider<IdempotencyKeys> keys,
            ObjectProvider<PlatformTransactionManager> transactions, IdempotencyProperties properties) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, transactions,
                properties.maxKeyLength()));
        registration.setOrder(FilterOrder.IDEMPOTENCY);
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
