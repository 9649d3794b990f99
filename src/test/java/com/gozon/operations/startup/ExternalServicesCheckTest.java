package com.gozon.operations.startup;

import org.junit.jupiter.api.Test;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production has no default credentials: a start without them stops at once and says what to set. */
class ExternalServicesCheckTest {

    @Test
    void missingDatabaseCredentialsAreNamedBeforeAnythingConnects() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://localhost:1/gozon");

        assertThatThrownBy(() -> ExternalServicesCheck.verify(environment))
                .isInstanceOfSatisfying(MissingInfrastructureException.class, missing -> {
                    assertThat(missing).hasMessage("No database credentials are configured.");
                    assertThat(missing.action()).contains("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
                });
    }

    @Test
    void brokerWithoutCredentialsIsNotTriedAsGuest() {
        var environment = withDatabaseCredentials();

        assertThatThrownBy(() -> ExternalServicesCheck.verify(environment))
                .isInstanceOfSatisfying(MissingInfrastructureException.class, missing -> {
                    assertThat(missing).hasMessage("No RabbitMQ credentials are configured.");
                    assertThat(missing.action()).contains("SPRING_RABBITMQ_USERNAME", "SPRING_RABBITMQ_PASSWORD",
                            "guest is not tried");
                });
    }

    @Test
    void blankUserOfTheProductionConfigurationCountsAsMissing() {
        var environment = withDatabaseCredentials()
                .withProperty("spring.rabbitmq.username", "")
                .withProperty("spring.rabbitmq.password", "");

        assertThatThrownBy(() -> ExternalServicesCheck.verify(environment))
                .hasMessage("No RabbitMQ credentials are configured.");
    }

    @Test
    void everyNodeOfTheClusterIsTriedBeforeTheBrokerCountsAsUnreachable() {
        var rabbit = new RabbitProperties();
        rabbit.setAddresses(List.of("localhost:1", "localhost:2", "localhost:3"));
        rabbit.setUsername("orders_app");
        rabbit.setPassword("secret");

        assertThatThrownBy(() -> ExternalServicesCheck.verifyBroker(rabbit))
                .hasMessageStartingWith("RabbitMQ is not reachable at amqp://localhost:1,localhost:2,localhost:3/:");
    }

    @Test
    void analysisShowsWhatIsMissingAndWhatToSet() {
        var missing = new MissingInfrastructureException("No RabbitMQ credentials are configured.",
                "Set SPRING_RABBITMQ_USERNAME and SPRING_RABBITMQ_PASSWORD.", null);

        var analysis = new MissingInfrastructureFailureAnalyzer().analyze(new IllegalStateException(missing));

        assertThat(analysis.getDescription()).isEqualTo("No RabbitMQ credentials are configured.");
        assertThat(analysis.getAction()).contains("SPRING_RABBITMQ_USERNAME");
    }

    private static MockEnvironment withDatabaseCredentials() {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://localhost:1/gozon")
                .withProperty("spring.datasource.username", "orders_app")
                .withProperty("spring.datasource.password", "secret");
    }
}
