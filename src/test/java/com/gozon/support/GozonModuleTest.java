package com.gozon.support;

import com.gozon.dev.DevServices;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One module alone (Spring Modulith's {@link ApplicationModuleTest}: the module of the test's package and the shared
 * infrastructure, nothing else) on the same PostgreSQL and broker as {@link GozonIntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ActiveProfiles(resolver = TestInfrastructure.class)
@Import({DevServices.class, HandledMessages.class})
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(AwaitilityDefaults.class)
public @interface GozonModuleTest {
}
