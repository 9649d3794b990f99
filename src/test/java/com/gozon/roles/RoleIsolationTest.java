package com.gozon.roles;

import com.gozon.dev.DevServices;
import com.gozon.support.AwaitilityDefaults;
import com.gozon.support.HttpApi;
import com.gozon.support.TestDatabase;
import com.gozon.support.TestInfrastructure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A role starts only what it needs: no bean, table, queue or listener of another module. On RabbitMQ (the external
 * suite) a role connects with its own broker user (application-test-external.yaml), and everything it declares is
 * within that user's permissions.
 */
class RoleIsolationTest {

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"GOZON_GATEWAY_SECRET=test-secret", "gozon.dev.database=gozon_orders_role"})
    @ActiveProfiles(resolver = OrdersRole.class)
    @Import(DevServices.class)
    @ContextConfiguration(initializers = TestDatabase.class)
    @ExtendWith(AwaitilityDefaults.class)
    @DirtiesContext
    class Orders {

        @Autowired
        ApplicationContext context;

        @Autowired
        JdbcClient jdbc;

        @Autowired
        RabbitListenerEndpointRegistry listeners;

        @Autowired
        RabbitAdmin rabbitAdmin;

        @Test
        void declaresItsTopologyWithItsOwnBrokerUser() {
            assertThatNoException().isThrownBy(rabbitAdmin::initialize);
        }

        @LocalServerPort
        int port;

        @Test
        void answersTheProbesWithoutTheGatewaysSecret() {
            var anonymous = new HttpApi(port).anonymous();

            assertThat(anonymous.get("/livez").status()).isEqualTo(200);
            assertThat(anonymous.get("/readyz").status()).isEqualTo(200);
            assertThat(anonymous.get("/actuator/health/db").status()).as("a component is no probe").isEqualTo(404);
        }

        @Test
        void runsOrdersOnly() {
            assertThat(beanClasses(context)).anyMatch(name -> name.startsWith("com.gozon.orders."))
                    .noneMatch(name -> name.startsWith("com.gozon.payments."));
            assertThat(queues(context))
                    .containsExactlyInAnyOrder("orders.payment-results", "orders.payment-results.parked");
            assertThat(listeners.getListenerContainerIds()).containsExactly("orders.payment-results");
            assertThat(schemas(jdbc)).contains("orders", "orders_outbox").doesNotContain("payments", "outbox");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"GOZON_GATEWAY_SECRET=test-secret", "gozon.dev.database=gozon_payments_role"})
    @ActiveProfiles(resolver = PaymentsRole.class)
    @Import(DevServices.class)
    @ContextConfiguration(initializers = TestDatabase.class)
    @ExtendWith(AwaitilityDefaults.class)
    @DirtiesContext
    class Payments {

        @Autowired
        ApplicationContext context;

        @Autowired
        JdbcClient jdbc;

        @Autowired
        RabbitListenerEndpointRegistry listeners;

        @Autowired
        RabbitAdmin rabbitAdmin;

        @Test
        void declaresItsTopologyWithItsOwnBrokerUser() {
            assertThatNoException().isThrownBy(rabbitAdmin::initialize);
        }

        @Test
        void runsPaymentsOnly() {
            assertThat(beanClasses(context)).anyMatch(name -> name.startsWith("com.gozon.payments."))
                    .noneMatch(name -> name.startsWith("com.gozon.orders."));
            assertThat(queues(context))
                    .containsExactlyInAnyOrder("payments.payment-requests", "payments.payment-requests.parked");
            assertThat(listeners.getListenerContainerIds()).containsExactly("payments.payment-requests");
            assertThat(schemas(jdbc)).contains("payments", "payments_outbox").doesNotContain("orders", "outbox");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "GOZON_GATEWAY_SECRET=test-secret")
    @ActiveProfiles({"gateway", "test"})
    @DirtiesContext
    class Gateway {

        @Autowired
        ApplicationContext context;

        @LocalServerPort
        int port;

        @Test
        void isReadyWithoutDatabaseOrBroker() {
            var readiness = new HttpApi(port).anonymous().get("/readyz");

            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        }

        @Test
        void needsNeitherDatabaseNorBroker() {
            assertThat(context.getBeansOfType(DataSource.class)).isEmpty();
            assertThat(context.getBeanNamesForType(org.springframework.amqp.rabbit.connection.ConnectionFactory.class))
                    .isEmpty();
            assertThat(beanClasses(context)).noneMatch(name -> name.startsWith("com.gozon.orders.")
                    || name.startsWith("com.gozon.payments.") || name.startsWith("com.gozon.outbox.")
                    || name.startsWith("com.gozon.inbox."));
        }
    }

    static Stream<String> beanClasses(ApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(type -> type != null)
                .map(Class::getName);
    }

    static Stream<String> queues(ApplicationContext context) {
        var declared = context.getBeansOfType(Declarables.class).values().stream()
                .flatMap(declarables -> declarables.getDeclarablesByType(Queue.class).stream());
        return Stream.concat(context.getBeansOfType(Queue.class).values().stream(), declared).map(Queue::getName);
    }

    static java.util.List<String> schemas(JdbcClient jdbc) {
        return jdbc.sql("select schema_name from information_schema.schemata").query(String.class).list();
    }

    /** The role's profile, on the development servers or the external services like every other integration test. */
    static class OrdersRole implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return withRole("orders");
        }
    }

    static class PaymentsRole implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return withRole("payments");
        }
    }

    static String[] withRole(String role) {
        var base = new TestInfrastructure().resolve(RoleIsolationTest.class);
        var profiles = Arrays.copyOf(base, base.length + 1);
        profiles[base.length] = role;
        return profiles;
    }
}
