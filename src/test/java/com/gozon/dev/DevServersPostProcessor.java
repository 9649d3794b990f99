package com.gozon.dev;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Runs once the bean definitions are known and before any bean is created: starts the development servers in the
 * background (or joins those this JVM runs already), publishes the ports they took for {@code application-dev.yaml},
 * and lets the DataSource and the AMQP ConnectionFactory each wait until its server accepts connections. Created
 * before, hence destroyed after, every bean that uses the servers; the last application context of the JVM stops them.
 */
final class DevServersPostProcessor implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

    private ConfigurableEnvironment environment;
    private boolean leased;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        var settings = DevServicesSettings.from(environment);
        var servers = EmbeddedServers.acquire(settings);
        leased = true;
        // first: the ports actually taken (a free one for 0, or those of the servers already running) win
        environment.getPropertySources().addFirst(new MapPropertySource("devServers", Map.of(
                DevServicesSettings.PREFIX + ".postgres-port", servers.postgresPort(),
                DevServicesSettings.PREFIX + ".broker-port", servers.brokerPort(),
                DevServicesSettings.PREFIX + ".database", settings.database())));
        beanFactory.addBeanPostProcessor(new AwaitServers(servers, settings.database()));
    }

    @Override
    public void destroy() {
        if (leased) {
            leased = false;
            EmbeddedServers.release();
        }
    }

    /** The servers start while the context is built; the first bean that would connect to one waits for it. */
    private record AwaitServers(EmbeddedServers servers, String database) implements BeanPostProcessor {

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource) {
                servers.awaitPostgres();
                servers.ensureDatabase(database);
            }
            if (bean instanceof ConnectionFactory) {
                servers.awaitBroker();
            }
            return bean;
        }
    }
}
