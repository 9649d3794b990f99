package com.gozon.infrastructure.runtime;

import com.rabbitmq.client.ConnectionFactory;
import org.springframework.core.env.Environment;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Fails the start-up, before anything else touches them, when the external PostgreSQL or RabbitMQ cannot be reached:
 * the external mode never falls back to anything.
 */
final class ExternalServicesCheck {

    private static final int TIMEOUT_SECONDS = 5;

    private ExternalServicesCheck() {
    }

    static void verify(Environment environment) {
        verifyDatabase(environment);
        verifyBroker(environment);
    }

    private static void verifyDatabase(Environment environment) {
        var url = environment.getProperty("spring.datasource.url");
        if (url == null) {
            throw new MissingInfrastructureException("No database is configured.", configureDatabase(), null);
        }
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (var connection = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))) {
            connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new MissingInfrastructureException("PostgreSQL is not reachable at " + url + ": " + e.getMessage(),
                    configureDatabase(), e);
        }
    }

    private static void verifyBroker(Environment environment) {
        var factory = new ConnectionFactory();
        factory.setHost(environment.getProperty("spring.rabbitmq.host", "localhost"));
        factory.setPort(environment.getProperty("spring.rabbitmq.port", Integer.class, 5672));
        factory.setUsername(environment.getProperty("spring.rabbitmq.username", "guest"));
        factory.setPassword(environment.getProperty("spring.rabbitmq.password", "guest"));
        factory.setVirtualHost(environment.getProperty("spring.rabbitmq.virtual-host", "/"));
        factory.setConnectionTimeout(TIMEOUT_SECONDS * 1000);
        var where = "amqp://" + factory.getHost() + ":" + factory.getPort() + factory.getVirtualHost();
        try (var connection = factory.newConnection("gozon-start-up-check")) {
            connection.getServerProperties();
        } catch (Exception e) {
            throw new MissingInfrastructureException("RabbitMQ is not reachable at " + where + ": " + e.getMessage(),
                    "Start RabbitMQ there, or set SPRING_RABBITMQ_HOST, SPRING_RABBITMQ_PORT, SPRING_RABBITMQ_USERNAME "
                            + "and SPRING_RABBITMQ_PASSWORD, or run with the 'embedded' profile for a broker inside "
                            + "the application (development only).", e);
        }
    }

    private static String configureDatabase() {
        return "Start PostgreSQL with the database, or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                + "SPRING_DATASOURCE_PASSWORD, or run with the 'embedded' profile for a database inside the "
                + "application (development only).";
    }
}
