package com.gozon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;

/**
 * Gozon: orders and payments in one deployable, talking only through the outbox and RabbitMQ. Beans are named by
 * their fully qualified class names, so that both modules can give the same role the same class name.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@Modulithic(systemName = "Gozon", sharedModules = "infrastructure")
public class GozonApplication {

    public static void main(String[] args) {
        SpringApplication.run(GozonApplication.class, args);
    }
}
