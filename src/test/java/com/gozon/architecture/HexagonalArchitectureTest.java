package com.gozon.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hexagon inside each module, and the wall between the modules, as ArchUnit rules over the production code. */
class HexagonalArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.gozon");

    @ParameterizedTest
    @ValueSource(strings = {"orders", "payments"})
    void domainDependsOnlyOnTheJdkAndItself(String module) {
        classes().that().resideInAPackage(base(module) + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(base(module) + ".domain..", "java..")
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "payments"})
    void isAHexagon(String module) {
        onionArchitecture()
                .domainModels(base(module) + ".domain..")
                .domainServices(base(module) + ".domain..")
                .applicationServices(base(module) + ".application..")
                .adapter("web", base(module) + ".adapter.in.web..")
                .adapter("incoming messaging", base(module) + ".adapter.in.messaging..")
                .adapter("persistence", base(module) + ".adapter.out.persistence..")
                .adapter("outgoing messaging", base(module) + ".adapter.out.messaging..")
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "payments"})
    void everyClassHasItsPlaceInTheHexagon(String module) {
        classes().that().resideInAPackage(base(module) + "..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(base(module) + ".domain..", base(module) + ".application..",
                        base(module) + ".adapter.in.web..", base(module) + ".adapter.in.messaging..",
                        base(module) + ".adapter.out.persistence..", base(module) + ".adapter.out.messaging..")
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "payments"})
    void inboundAndOutboundAdaptersDoNotKnowEachOther(String module) {
        noClasses().that().resideInAPackage(base(module) + ".adapter.in..")
                .should().dependOnClassesThat().resideInAPackage(base(module) + ".adapter.out..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(base(module) + ".adapter.out..")
                .should().dependOnClassesThat().resideInAPackage(base(module) + ".adapter.in..")
                .check(CLASSES);
    }

    @Test
    void ordersAndPaymentsShareNothing() {
        noClasses().that().resideInAPackage("com.gozon.orders..")
                .should().dependOnClassesThat().resideInAPackage("com.gozon.payments..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("com.gozon.payments..")
                .should().dependOnClassesThat().resideInAPackage("com.gozon.orders..")
                .check(CLASSES);
    }

    @Test
    void gatewayKnowsNoModule() {
        noClasses().that().resideInAPackage("com.gozon.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("com.gozon.orders..", "com.gozon.payments..")
                .check(CLASSES);
    }

    @Test
    void infrastructureKnowsNoModule() {
        noClasses().that().resideInAPackage("com.gozon.infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage("com.gozon.orders..", "com.gozon.payments..")
                .check(CLASSES);
    }

    @Test
    void ruleOverAnEmptyPackageFails() {
        var overNothing = classes().that().resideInAPackage("com.gozon.orders.nowhere..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..");

        assertThatThrownBy(() -> overNothing.check(CLASSES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    private static String base(String module) {
        return "com.gozon." + module;
    }
}
