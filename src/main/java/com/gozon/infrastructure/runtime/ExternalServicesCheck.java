package com.gozon.infrastructure.runtime;

import com.rabbitmq.client.ConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Fails the start-up, before anything else touches them, when the configured PostgreSQL or RabbitMQ cannot be
 * reached, with a message that names what is missing. Off with {@code gozon.infrastructure.check=false}: the gateway
 * role needs neither, and the development shop of {@code spring-boot:test-run} starts its own.
 */
class ExternalServicesCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final int TIMEOUT_SECONDS = 5;
    private static final String DEVELOPMENT_SHOP = " For development, ./mvnw spring-boot:test-run starts the shop "
            + "with a PostgreSQL and an AMQP broker of its own.";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.getProperty("gozon.infrastructure.check", Boolean.class, true)) {
            verifyDatabase(environment);
            verifyBroker(environment);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
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
        // bound as Spring Boot binds them, so that its defaults (localhost:5672, guest) apply here too
        var rabbit = Binder.get(environment).bindOrCreate("spring.rabbitmq", RabbitProperties.class);
        var factory = new ConnectionFactory();
        factory.setHost(rabbit.determineHost());
        factory.setPort(rabbit.determinePort());
        factory.setUsername(rabbit.determineUsername());
        factory.setPassword(rabbit.determinePassword());
        factory.setVirtualHost(rabbit.determineVirtualHost() != null ? rabbit.determineVirtualHost() : "/");
        factory.setConnectionTimeout(TIMEOUT_SECONDS * 1000);
        var where = "amqp://" + factory.getHost() + ":" + factory.getPort() + factory.getVirtualHost();
        try (var connection = factory.newConnection("gozon-start-up-check")) {
            connection.getServerProperties();
        } catch (Exception e) {
            throw new MissingInfrastructureException("RabbitMQ is not reachable at " + where + ": " + e.getMessage(),
                    "Start RabbitMQ there, or set SPRING_RABBITMQ_HOST, SPRING_RABBITMQ_PORT, SPRING_RABBITMQ_USERNAME "
                            + "and SPRING_RABBITMQ_PASSWORD." + DEVELOPMENT_SHOP, e);
        }
    }

    private static String configureDatabase() {
        return "Start PostgreSQL with the database, or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                + "SPRING_DATASOURCE_PASSWORD." + DEVELOPMENT_SHOP;
    }
}
