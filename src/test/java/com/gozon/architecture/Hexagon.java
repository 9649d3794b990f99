package com.gozon.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;
import org.springframework.stereotype.Component;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape every module has, as ArchUnit rules over one module's base package: the domain in the middle, the
 * application around it with its incoming and outgoing ports, adapters outside. Each rule is stated once here and
 * checked for each module, and each is shown to fail on a class planted to break it.
 */
final class Hexagon {

    private final String base;

    private Hexagon(String base) {
        this.base = base;
    }

    static Hexagon of(String basePackage) {
        return new Hexagon(basePackage);
    }

    List<ArchRule> rules() {
        return List.of(domainIsPlainJava(), inboundAdaptersCallOnlyIncomingPorts(),
                outboundAdaptersImplementOutgoingPorts(), outboundAdaptersKnowNoInboundSide(),
                applicationKnowsNoAdapter(), servicesHideBehindTheirPorts(), everyClassHasItsPlace(),
                everyPackageIsNullMarked());
    }

    /** The domain needs nothing but the JDK and nullness annotations: no Spring, no port, no adapter. */
    ArchRule domainIsPlainJava() {
        return classes().that().resideInAPackage(domain())
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain(), "java..", "org.jspecify.annotations..")
                .as("the domain of " + base + " is plain Java");
    }

    /** A controller or listener calls use cases and queries, never an outgoing port or a service directly. */
    ArchRule inboundAdaptersCallOnlyIncomingPorts() {
        return classes().that().resideInAPackage(base + ".adapter.in..")
                .should().onlyDependOnClassesThat(outsideTheModuleOr(base + ".adapter.in..", portIn(), domain()))
                .as("inbound adapters of " + base + " use only incoming ports");
    }

    /** Every outbound adapter bean is there to implement an outgoing port. */
    ArchRule outboundAdaptersImplementOutgoingPorts() {
        return classes().that().resideInAPackage(base + ".adapter.out..").and().areAnnotatedWith(Component.class)
                .should().implement(resideInAPackage(portOut()).as("an outgoing port"))
                .as("outbound adapters of " + base + " implement outgoing ports");
    }

    /** An outbound adapter is called by the application, and calls neither a service nor an inbound adapter. */
    ArchRule outboundAdaptersKnowNoInboundSide() {
        return classes().that().resideInAPackage(base + ".adapter.out..")
                .should().onlyDependOnClassesThat(outsideTheModuleOr(base + ".adapter.out..", base + ".application.port..",
                        domain()))
                .as("outbound adapters of " + base + " know neither services nor inbound adapters");
    }

    /** The application reaches the outside world only through its outgoing ports. */
    ArchRule applicationKnowsNoAdapter() {
        return noClasses().that().resideInAPackage(base + ".application..")
                .should().dependOnClassesThat().resideInAPackage(base + ".adapter..")
                .as("the application of " + base + " knows no adapter");
    }

    /** A service is reached through the ports it implements, so it is not public. */
    ArchRule servicesHideBehindTheirPorts() {
        return classes().that().resideInAPackage(base + ".application")
                .and().doNotHaveSimpleName("package-info")
                .should().notBePublic()
                .as("the services of " + base + " are reached only through their ports");
    }

    /** A newcomer finds every class where its role says it lives. */
    ArchRule everyClassHasItsPlace() {
        return classes().that().resideInAPackage(base + "..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(domain(), base + ".application", portIn(), portOut(),
                        base + ".adapter.in.web..", base + ".adapter.in.messaging..",
                        base + ".adapter.out.persistence..", base + ".adapter.out.messaging..")
                .as("every class of " + base + " has its place in the hexagon");
    }

    /** Nullness is stated: every package of the module is @NullMarked, what may be null says so. */
    ArchRule everyPackageIsNullMarked() {
        return classes().that().resideInAPackage(base + "..")
                .should(new ArchCondition<JavaClass>("reside in a @NullMarked package") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        var marked = javaClass.getPackage().isAnnotatedWith(NullMarked.class);
                        events.add(new SimpleConditionEvent(javaClass, marked, javaClass.getName() + " is in "
                                + javaClass.getPackageName() + (marked ? ", @NullMarked" : ", not @NullMarked")));
                    }
                })
                .as("every package of " + base + " is @NullMarked");
    }

    private String domain() {
        return base + ".domain..";
    }

    private String portIn() {
        return base + ".application.port.in..";
    }

    private String portOut() {
        return base + ".application.port.out..";
    }

    private DescribedPredicate<JavaClass> outsideTheModuleOr(String... packages) {
        return resideOutsideOfPackage(base + "..").or(resideInAnyPackage(packages))
                .as("reside outside " + base + " or in " + String.join(", ", packages));
    }
}
