package com.gozon.http;

import com.gozon.support.GozonIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The running shop's servlet filters come in the order {@link FilterOrder} states, and no other. */
@GozonIntegrationTest
class FilterOrderTest {

    @Autowired
    ListableBeanFactory beans;

    @Test
    void filtersRunInTheOrderFilterOrderStates() {
        var names = new ArrayList<String>();
        new ServletContextInitializerBeans(beans).forEach(initializer -> {
            if (initializer instanceof FilterRegistrationBean<?> filter) {
                names.add(filter.getFilter().getClass().getSimpleName());
            } else if (initializer instanceof DelegatingFilterProxyRegistrationBean proxy) {
                names.add(proxy.getFilterName());
            }
        });

        assertThat(names).containsSubsequence(List.of("PublicOrigin", "RequestBodyFilter", "ContentTypeFilter",
                "springSecurityFilterChain", "RateLimitFilter", "IdempotencyFilter"));
    }
}
