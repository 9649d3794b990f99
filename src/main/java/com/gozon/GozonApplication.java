package com.gozon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Gozon: orders and payments in one deployable, talking only through the outbox and RabbitMQ.
 */
@SpringBootApplication
@Modulithic(systemName = "Gozon", sharedModules = "infrastructure")
public class GozonApplication {

    public static void main(String[] args) {
        SpringApplication.run(GozonApplication.class, args);
    }
}
