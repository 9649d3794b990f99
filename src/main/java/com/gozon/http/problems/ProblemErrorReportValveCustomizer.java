package com.gozon.http.problems;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * Puts {@link ProblemErrorReportValve} in place of Tomcat's (and Spring Boot's) HTML error report valve, and
 * {@link UnreadBodyValve} right inside it.
 */
@Component
class ProblemErrorReportValveCustomizer
        implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            // Tomcat instantiates this class itself for requests it refuses before mapping them (a malformed URL)
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            var pipeline = host.getPipeline();
            Arrays.stream(pipeline.getValves())
                    .filter(ErrorReportValve.class::isInstance)
                    .forEach(pipeline::removeValve);
            pipeline.addValve(new ProblemErrorReportValve());
            pipeline.addValve(new UnreadBodyValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
