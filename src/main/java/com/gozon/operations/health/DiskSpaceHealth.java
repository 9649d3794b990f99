package com.gozon.operations.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthIndicatorProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.File;
import java.util.LinkedHashMap;

/**
 * Spring Boot's disk space health, without the {@code path} it reports: the process's working directory is nothing
 * an operator's token should learn from the health endpoint (issue 18). Boot steps back for a bean of this name.
 */
@Configuration(proxyBeanMethods = false)
class DiskSpaceHealth {

    @Bean("diskSpaceHealthIndicator")
    HealthIndicator diskSpaceHealthIndicator(ObjectProvider<DiskSpaceHealthIndicatorProperties> settings) {
        var properties = settings.getIfAvailable(DiskSpaceHealthIndicatorProperties::new);
        var path = properties.getPath() != null ? properties.getPath() : new File(".");
        var boots = new DiskSpaceHealthIndicator(path, properties.getThreshold());
        return () -> {
            var health = boots.health();
            var details = new LinkedHashMap<>(health.getDetails());
            details.remove("path");
            return Health.status(health.getStatus()).withDetails(details).build();
        };
    }
}
