package com.gozon.architecture;

import com.gozon.GozonApplication;
import fixtures.modules.FixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spring Modulith's view of the modules: no cycles, no access to another module's internals, and each module depends
 * only on what its {@code @ApplicationModule(allowedDependencies)} names: orders and payments on the infrastructure's
 * named interfaces {@code outbox} and {@code messaging}, never on each other.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GozonApplication.class);

    @Test
    void modulesAreOrdersPaymentsGatewayAndInfrastructure() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("orders", "payments", "gateway", "infrastructure");
    }

    @Test
    void verifiesModularStructure() {
        MODULES.verify();
    }

    @Test
    void catchesAModuleThatCallsAnotherDirectly() {
        var planted = ApplicationModules.of(FixtureApplication.class, location -> true);

        assertThatThrownBy(planted::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("OrderPlacer")
                .hasMessageContaining("Payer");
    }

    @Test
    void writesDocumentationSnippets() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
