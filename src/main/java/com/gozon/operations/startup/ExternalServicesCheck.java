package com.gozon.operations.startup;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.ConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Fails the start-up, before anything else touches them, when the configured PostgreSQL or RabbitMQ cannot be
 * reached or no credentials were given for them, with a message that names what is missing. There are no default
 * credentials: each deployment gives its own, and no default user (Boot's guest/guest for RabbitMQ) is tried. Off
 * with {@code gozon.infrastructure.check=false}: the gateway role needs neither, and the development shop of
 * {@code spring-boot:test-run} starts its own.
 */
class ExternalServicesCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final int TIMEOUT_SECONDS = 5;
    private static final String DEVELOPMENT_SHOP = " For development, ./mvnw spring-boot:test-run starts the shop "
            + "with a PostgreSQL and an AMQP broker of its own.";
    private static final String DATABASE_CREDENTIALS = "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD";
    private static final String BROKER_CREDENTIALS = "SPRING_RABBITMQ_USERNAME and SPRING_RABBITMQ_PASSWORD (the "
            + "broker user of this role: orders_app, payments_app, or gozon for the whole shop; see docs/messaging.md)";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.getProperty("gozon.infrastructure.check", Boolean.class, true)) {
            verify(environment);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    static void verify(Environment environment) {
        // bound as Spring Boot binds them, so that its defaults (localhost:5672) apply here too
        var rabbit = Binder.get(environment).bindOrCreate("spring.rabbitmq", RabbitProperties.class);
        verifyCredentialsGiven(environment, rabbit);
        verifyDatabase(environment);
        verifyBroker(rabbit);
    }

    /** Both sets of credentials, before anything connects: a missing one is named, not met as a refused login. */
    private static void verifyCredentialsGiven(Environment environment, RabbitProperties rabbit) {
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.username"))
                || !environment.containsProperty("spring.datasource.password")) {
            throw new MissingInfrastructureException("No database credentials are configured.",
                    "Set " + DATABASE_CREDENTIALS + "; there is no default user." + DEVELOPMENT_SHOP, null);
        }
        var inAddress = rabbit.getAddresses() != null
                && rabbit.getAddresses().stream().anyMatch(address -> address.contains("@"));
        var given = inAddress || StringUtils.hasText(environment.getProperty("spring.rabbitmq.username"));
        if (!given || !StringUtils.hasText(rabbit.determineUsername())
                || !StringUtils.hasText(rabbit.determinePassword())) {
            throw new MissingInfrastructureException("No RabbitMQ credentials are configured.",
                    "Set " + BROKER_CREDENTIALS + "; there is no default user, guest is not tried."
                            + DEVELOPMENT_SHOP, null);
        }
    }

    private static void verifyDatabase(Environment environment) {
        var url = environment.getProperty("spring.datasource.url");
        if (url == null) {
            throw new MissingInfrastructureException("No database is configured.", configureDatabase(), null);
        }
        var username = environment.getProperty("spring.datasource.username");
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (var connection = DriverManager.getConnection(url, username,
                environment.getProperty("spring.datasource.password"))) {
            connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                throw new MissingInfrastructureException("PostgreSQL at " + url + " refused the user " + username
                        + ": " + e.getMessage(), "Check " + DATABASE_CREDENTIALS + ".", e);
            }
            throw new MissingInfrastructureException("PostgreSQL is not reachable at " + url + ": " + e.getMessage(),
                    configureDatabase(), e);
        }
    }

    /** Any node will do: with a cluster's nodes in spring.rabbitmq.addresses, one of them lost is no outage. */
    static void verifyBroker(RabbitProperties rabbit) {
        var factory = new ConnectionFactory();
        factory.setUsername(rabbit.determineUsername());
        factory.setPassword(rabbit.determinePassword());
        factory.setVirtualHost(rabbit.determineVirtualHost() != null ? rabbit.determineVirtualHost() : "/");
        factory.setConnectionTimeout(TIMEOUT_SECONDS * 1000);
        var nodes = String.join(",", rabbit.determineAddresses());
        var where = "amqp://" + nodes + factory.getVirtualHost();
        try (var connection = factory.newConnection(Address.parseAddresses(nodes), "gozon-start-up-check")) {
            connection.getServerProperties();
        } catch (AuthenticationFailureException e) {
            throw new MissingInfrastructureException("RabbitMQ at " + where + " refused the user "
                    + factory.getUsername() + ": " + e.getMessage(), "Check " + BROKER_CREDENTIALS + ".", e);
        } catch (Exception e) {
            throw new MissingInfrastructureException("RabbitMQ is not reachable at " + where + ": " + e.getMessage(),
                    "Start RabbitMQ there, or set SPRING_RABBITMQ_ADDRESSES (or SPRING_RABBITMQ_HOST and "
                            + "SPRING_RABBITMQ_PORT) and "
                            + BROKER_CREDENTIALS + "." + DEVELOPMENT_SHOP, e);
        }
    }

    private static String configureDatabase() {
        return "Start PostgreSQL with the database, or set SPRING_DATASOURCE_URL, " + DATABASE_CREDENTIALS + "."
                + DEVELOPMENT_SHOP;
    }
}
