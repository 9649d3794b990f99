package com.gozon.inbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How the queues are declared, and the housekeeping of the inboxes this process's modules declared ({@link InboxTable} beans). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
class InboxConfiguration {

    @Bean
    InboxHousekeeping inboxHousekeeping(JdbcClient jdbc, ObjectProvider<InboxTable> tables, InboxProperties properties) {
        return new InboxHousekeeping(jdbc, tables.orderedStream().toList(), properties);
    }

    @Bean
    QueueDeclarations queueDeclarations(InboxProperties properties) {
        return new QueueDeclarations(properties);
    }
}
