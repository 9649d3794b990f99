package com.gozon.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code GET /} leads a person who opens the shop's address in a browser to the Swagger UI. */
@Configuration(proxyBeanMethods = false)
class SwaggerUiHome implements WebMvcConfigurer {

    private final String swaggerUiPath;

    SwaggerUiHome(@Value("${springdoc.swagger-ui.path}") String swaggerUiPath) {
        this.swaggerUiPath = swaggerUiPath;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", swaggerUiPath);
    }
}
