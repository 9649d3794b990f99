package com.gozon;

import com.gozon.operations.metrics.RunningModules;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.util.List;

/**
 * Which part of the shop this process runs, chosen by profile: none (all of it), {@code gateway}, {@code orders} or
 * {@code payments}. A role leaves the other roles' packages out of component scanning, so that it creates none of
 * their beans, tables, queues or listeners, and tells the platform modules which business modules run ({@link RunningModules}).
 * It sits beside the application class because it knows the modules.
 */
class DeploymentRole implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final List<String> MODULES = List.of("orders", "payments");
    private static final String ORDERS = subPackage("orders");
    private static final String PAYMENTS = subPackage("payments");
    private static final String OUTBOX = subPackage("outbox");
    private static final String INBOX = subPackage("inbox");
    private static final String IDEMPOTENCY = subPackage("http.idempotency");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var excluded = excludedPackages(context.getEnvironment());
        if (!excluded.isEmpty()) {
            context.getBeanFactory().registerSingleton("deploymentRoleExcludeFilter", new ExcludePackages(excluded));
        }
        var running = MODULES.stream().filter(module -> !excluded.contains(subPackage(module))).toList();
        context.getBeanFactory().registerSingleton(RunningModules.class.getName(),
                new RunningModules(GozonApplication.class.getPackageName(), running));
    }

    static List<String> excludedPackages(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("gateway"))) {
            return List.of(ORDERS, PAYMENTS, OUTBOX, INBOX, IDEMPOTENCY);
        }
        if (environment.acceptsProfiles(Profiles.of("orders"))) {
            return List.of(PAYMENTS);
        }
        if (environment.acceptsProfiles(Profiles.of("payments"))) {
            return List.of(ORDERS);
        }
        return List.of();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The prefix of every class name in the package, and in none of a sibling whose name merely starts alike. */
    private static String subPackage(String relativeName) {
        return GozonApplication.class.getPackageName() + "." + relativeName + ".";
    }

    private static final class ExcludePackages extends TypeExcludeFilter {

        private final List<String> packages;

        private ExcludePackages(List<String> packages) {
            this.packages = packages;
        }

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            var className = reader.getClassMetadata().getClassName();
            return packages.stream().anyMatch(className::startsWith);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExcludePackages that && packages.equals(that.packages);
        }

        @Override
        public int hashCode() {
            return packages.hashCode();
        }
    }
}
