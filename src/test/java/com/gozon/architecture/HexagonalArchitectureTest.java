package com.gozon.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hexagon inside each module holds for the production code, and every rule of it is seen to fail on a class
 * planted to break it (the fixture module {@code fixtures.hexagon.shop} under src/test/java, outside the
 * application's packages so that no Spring context ever scans it).
 */
class HexagonalArchitectureTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.gozon");

    static final String FIXTURE = "fixtures.hexagon.shop";
    static final JavaClasses PLANTED_VIOLATIONS = new ClassFileImporter().importPackages(FIXTURE);

    @TestFactory
    Stream<DynamicTest> everyModuleIsAHexagon() {
        return Stream.of("com.gozon.orders", "com.gozon.payments")
                .flatMap(module -> Hexagon.of(module).rules().stream())
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(PRODUCTION)));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleCatchesTheViolationPlantedForIt() {
        var hexagon = Hexagon.of(FIXTURE);
        return Stream.of(
                        planted(hexagon.domainIsPlainJava(), "domain.BasketAnnotatedForSpring"),
                        planted(hexagon.inboundAdaptersCallOnlyIncomingPorts(), "adapter.in.web.ControllerSkippingItsUseCase"),
                        planted(hexagon.outboundAdaptersImplementOutgoingPorts(), "adapter.out.persistence.AdapterOfNoPort"),
                        planted(hexagon.outboundAdaptersKnowNoInboundSide(), "adapter.out.messaging.PublisherCallingAController"),
                        planted(hexagon.applicationKnowsNoAdapter(), "application.port.out.PortLeakingAnAdapter"),
                        planted(hexagon.servicesHideBehindTheirPorts(), "application.PublicService"),
                        planted(hexagon.everyClassHasItsPlace(), "util.Misplaced"),
                        planted(hexagon.everyPackageIsNullMarked(), "adapter.in.messaging.ListenerWithoutNullness"))
                .map(planted -> DynamicTest.dynamicTest(planted.rule().getDescription() + " fails on "
                        + planted.violator(), () -> assertCaught(planted)));
    }

    @Test
    void ruleOverAnEmptyPackageFails() {
        var overNothing = Hexagon.of("com.gozon.nowhere").domainIsPlainJava();

        assertThatThrownBy(() -> overNothing.check(PRODUCTION)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    private static void assertCaught(Planted planted) {
        var report = planted.rule().evaluate(PLANTED_VIOLATIONS).getFailureReport();

        assertThat(report.getDetails()).as("violations of " + planted.rule().getDescription())
                .isNotEmpty()
                .allMatch(violation -> violation.contains(planted.violator()), "name " + planted.violator());
    }

    private static Planted planted(ArchRule rule, String violator) {
        return new Planted(rule, FIXTURE + "." + violator);
    }

    private record Planted(ArchRule rule, String violator) {
    }
}
