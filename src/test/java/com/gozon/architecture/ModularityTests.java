package com.gozon.architecture;

import com.gozon.GozonApplication;
import fixtures.modules.FixtureApplication;
import fixtures.platform.PlatformFixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spring Modulith's view of the modules: no cycles, no access to another module's internals, and each module depends
 * only on what its {@code @ApplicationModule(allowedDependencies)} names: orders and payments on the named interfaces
 * of the platform modules ({@code outbox :: api}, {@code inbox :: api}, {@code security :: api},
 * {@code operations :: migrations}), never
 * on each other; the platform modules on one another's named interfaces, never on a business module (ADR 0023).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GozonApplication.class);

    @Test
    void modulesAreTheBusinessModulesTheGatewayAndThePlatformModules() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("orders", "payments", "gateway", "outbox", "inbox", "http", "security",
                        "operations");
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
    void catchesABusinessModuleReachingIntoAPlatformModulesInternals() {
        var planted = ApplicationModules.of(PlatformFixtureApplication.class, location -> true);

        assertThatThrownBy(planted::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("Checkout")
                .hasMessageContaining("fixtures.platform.messaging.outbox.Relay");
    }

    @Test
    void catchesAPlatformModuleImportingABusinessModule() {
        var planted = ApplicationModules.of(PlatformFixtureApplication.class, location -> true);

        assertThatThrownBy(planted::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("BasketRelay")
                .hasMessageContaining("fixtures.platform.shop.BasketCheckedOut");
    }

    @Test
    void platformModulesDependOnNoBusinessModule() {
        var business = Set.of("orders", "payments", "gateway");
        MODULES.stream().filter(module -> !business.contains(module.getIdentifier().toString()))
                .forEach(platform -> assertThat(platform.getDirectDependencies(MODULES).stream()
                        .map(dependency -> dependency.getTargetModule().getIdentifier().toString()))
                        .as(platform.getIdentifier() + " depends on")
                        .doesNotContainAnyElementsOf(business));
    }

    /**
     * The module documents in docs/modules are those the Documenter writes now. It writes them into target/modules;
     * they are compared line by line regardless of order, since the Documenter's order varies from run to run, so that
     * a build leaves the checkout as it found it. {@code -Dgozon.docs.write=true} writes docs/modules anew.
     */
    @Test
    void moduleDocumentsAreCurrent() throws IOException {
        var written = Path.of(System.getProperty("gozon.docs.write", "false").equals("true")
                ? "docs/modules" : "target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeDocumentation();

        var committed = Path.of("docs/modules");
        assertThat(fileNames(committed)).isEqualTo(fileNames(written));
        for (var name : fileNames(written)) {
            assertThat(sortedLines(committed.resolve(name)))
                    .as("docs/modules/%s is stale: run ./mvnw test -Dtest=ModularityTests -Dgozon.docs.write=true", name)
                    .isEqualTo(sortedLines(written.resolve(name)));
        }
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
