package com.gozon.operations.startup;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The last line of the start-up tells a person where to go. */
class WhereToGoTest {

    @Test
    void theWholeShopNamesItsSwaggerUiAndHealth() {
        var environment = new MockEnvironment().withProperty("springdoc.swagger-ui.path", "/gw-swagger");

        assertThat(WhereToGo.line(environment, 5000)).isEqualTo(
                "Gozon is ready: Swagger UI http://localhost:5000/gw-swagger, health http://localhost:5000/actuator/health");
    }

    @Test
    void aModuleOfItsOwnPointsToTheGateway() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("orders");

        assertThat(WhereToGo.line(environment, 5001))
                .isEqualTo("Ready behind the gateway on port 5001; health http://localhost:5001/actuator/health");
    }
}
