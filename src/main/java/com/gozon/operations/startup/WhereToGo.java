package com.gozon.operations.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Ends the start-up with one line that tells a person where to go: the Swagger UI and the health status, or, for a
 * module that runs behind the gateway, that its API is reached there.
 */
@Component
class WhereToGo implements ApplicationListener<ApplicationReadyEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(WhereToGo.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        log.info(line(event.getApplicationContext().getEnvironment(), web.getWebServer().getPort()));
    }

    static String line(Environment environment, int port) {
        var base = "http://localhost:" + port;
        var health = base + "/actuator/health";
        if (environment.acceptsProfiles(Profiles.of("orders | payments"))) {
            return "Ready behind the gateway on port " + port + "; health " + health;
        }
        return "Gozon is ready: Swagger UI " + base + environment.getProperty("springdoc.swagger-ui.path", "/gw-swagger")
                + ", health " + health;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
