package com.gozon.support;

import com.zaxxer.hikari.HikariDataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import javax.sql.DataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A PostgreSQL restart at the worst moment, on demand: once armed for a use case, the next calls of it whose argument
 * matches find every backend of the shop's database terminated ({@code pg_terminate_backend}, as a restart or an
 * administrator does) just before they run, inside the transaction of their caller: a consumer's batch, or an HTTP
 * request. Their first statement then meets a dead connection, and so does the rollback after it (issue 16). Unarmed,
 * it only passes calls through.
 */
@TestComponent
public class DatabaseFaults implements BeanPostProcessor {

    private final ObjectProvider<DataSource> dataSource;
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger terminations = new AtomicInteger();

    public DatabaseFaults(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    /** The next {@code times} calls of {@code useCase} with an argument that {@code matches} meet a restart. */
    public void terminateBackendsBefore(Class<?> useCase, Predicate<Object> matches, int times) {
        faults.add(new Fault(useCase, matches, new AtomicInteger(times)));
    }

    /** How many times backends were terminated since the start. */
    public int terminations() {
        return terminations.get();
    }

    public void disarm() {
        faults.clear();
    }

    /** Adds the fault to every use case, inside its transaction (after Spring's transaction interceptor). */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        var useCases = ClassUtils.getAllInterfacesForClassAsSet(AopUtils.getTargetClass(bean)).stream()
                .filter(type -> type.getPackageName().endsWith(".application.port.in")).toList();
        if (useCases.isEmpty()) {
            return bean;
        }
        MethodInterceptor fault = invocation -> {
            var method = invocation.getMethod();
            for (var armed : faults) {
                if (useCases.contains(armed.useCase())
                        && ReflectionUtils.findMethod(armed.useCase(), method.getName(), method.getParameterTypes())
                        != null && armed.firesFor(invocation.getArguments())) {
                    terminateBackends();
                }
            }
            return invocation.proceed();
        };
        if (bean instanceof Advised advised && !advised.isFrozen()) {
            advised.addAdvice(fault);
            return bean;
        }
        var proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(fault);
        return proxy.getProxy();
    }

    private void terminateBackends() throws SQLException {
        // the caller's transaction takes its connection now if it has not yet, so that it is among the terminated
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            DataSourceUtils.getConnection(dataSource.getObject()).getAutoCommit();
        }
        // a connection of its own, from no pool: the pool's, the caller's among them, are the ones terminated
        var pool = dataSource.getObject().unwrap(HikariDataSource.class);
        try (var connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
             var statement = connection.prepareStatement("select count(pg_terminate_backend(pid))"
                     + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                     + " and backend_type = 'client backend'");
             var result = statement.executeQuery()) {
            result.next();
            // none when a fault an instant before left only dead connections, the caller's among them: a restart
            // all the same
            terminations.incrementAndGet();
        }
    }

    private record Fault(Class<?> useCase, Predicate<Object> matches, AtomicInteger remaining) {

        boolean firesFor(Object[] arguments) {
            for (var argument : arguments) {
                if (argument != null && matches.test(argument)) {
                    return remaining.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
                }
            }
            return false;
        }
    }
}
