package com.gozon.operations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        // microseconds: what PostgreSQL stores, so an entity reads back exactly as it was written
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
