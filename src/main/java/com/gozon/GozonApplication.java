package com.gozon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;

/**
 * Gozon: orders and payments in one deployable, talking only through the outbox and RabbitMQ; the platform modules
 * outbox, inbox, http, security and operations serve both, and every module test bootstraps them with its module. Beans are named by
 * their fully qualified class names, so that both modules can give the same role the same class name.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@Modulithic(systemName = "Gozon", sharedModules = {"outbox", "inbox", "http", "security", "operations"})
public class GozonApplication {

    public static void main(String[] args) {
        SpringApplication.run(GozonApplication.class, args);
    }
}
