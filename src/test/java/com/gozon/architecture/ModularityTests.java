package com.gozon.architecture;

import com.gozon.GozonApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Modulith's view of the modules: no cycles, no access to another module's internals. */
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
    void ordersAndPaymentsDoNotDependOnEachOther() {
        var orders = MODULES.getModuleByName("orders").orElseThrow();
        var payments = MODULES.getModuleByName("payments").orElseThrow();

        assertThat(orders.getDirectDependencies(MODULES).stream().map(dependency -> dependency.getTargetModule()))
                .doesNotContain(payments);
        assertThat(payments.getDirectDependencies(MODULES).stream().map(dependency -> dependency.getTargetModule()))
                .doesNotContain(orders);
    }

    @Test
    void writesDocumentationSnippets() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
