package com.gozon.dev;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.ConfiguredObject;
import org.apache.qpid.server.model.State;
import org.apache.qpid.server.model.SystemConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Apache Qpid Broker-J (AMQP 0-9-1 / 0-9 / 0-8) running inside the JVM, messages on disk (Derby) or in memory,
 * localhost only, user guest/guest over PLAIN without TLS, virtual host "default" which is also reached via vhost "/".
 */
final class EmbeddedQpidBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedQpidBroker.class);

    private final SystemLauncher launcher;

    private EmbeddedQpidBroker(SystemLauncher launcher) {
        this.launcher = launcher;
    }

    /** Broker configuration. "Memory" system config: this JSON is (re)applied on every start, nothing is persisted. */
    private static String initialConfig(int port, String user, String password, boolean persistent) {
        // Memory node: queues/exchanges/messages live in RAM only (the app re-declares them at start).
        // DERBY node (needs qpid-broker-plugins-derby-store): durable config + persistent messages survive restarts,
        // store in <work_dir>/default/config.
        String node = persistent
                ? "\"type\": \"DERBY\", \"virtualHostInitialConfiguration\": \"{ \\\"type\\\": \\\"ProvidedStore\\\" }\""
                : "\"type\": \"Memory\", \"virtualHostInitialConfiguration\": \"{ \\\"type\\\": \\\"Memory\\\" }\"";
        return """
            {
              "name": "gozon-embedded",
              "modelVersion": "9.1",
              "authenticationproviders": [ {
                "name": "plain",
                "type": "Plain",
                "secureOnlyMechanisms": [],
                "users": [ { "name": "%s", "type": "managed", "password": "%s" } ]
              } ],
              "ports": [ {
                "name": "AMQP",
                "type": "AMQP",
                "port": %d,
                "bindingAddress": "127.0.0.1",
                "protocols": [ "AMQP_0_9_1", "AMQP_0_9", "AMQP_0_8" ],
                "authenticationProvider": "plain",
                "virtualhostaliases": [
                  { "name": "nameAlias",    "type": "nameAlias" },
                  { "name": "defaultAlias", "type": "defaultAlias" }
                ]
              } ],
              "virtualhostnodes": [ {
                "name": "default",
                "defaultVirtualHostNode": "true",
                %s
              } ]
            }
            """.formatted(user, password, port, node);
    }

    /**
     * @param workDir Qpid work dir (qpid.work_dir), e.g. ./.data/broker; receives initial-config.json
     */
    static EmbeddedQpidBroker start(int port, Path workDir, String user, String password, boolean persistent)
            throws Exception {
        var stopwatch = Stopwatch.start();
        Path work = workDir.toAbsolutePath().normalize();
        Files.createDirectories(work);
        Path config = work.resolve("initial-config.json");
        Files.writeString(config, initialConfig(port, user, password, persistent), StandardCharsets.UTF_8);
        LoopbackPorts.requireFree(port);
        if (persistent && System.getProperty("derby.system.home") == null) {
            // Derby 10.16 ignores Qpid's derby.stream.error.method and writes derby.log into derby.system.home
            // (default: the JVM's working directory) -> keep it in the work dir
            System.setProperty("derby.system.home", work.toString());
        }

        // SystemLauncher.startup() swallows start-up RuntimeExceptions (logs them, closes, returns normally):
        // capture them through the listener and rethrow.
        // A port that cannot bind is NOT a start-up error either: the port goes to ERRORED, startup() returns
        // normally -> check the state of broker, ports and virtual host nodes ourselves afterwards.
        AtomicReference<RuntimeException> startupError = new AtomicReference<>();
        AtomicReference<SystemConfig<?>> systemConfig = new AtomicReference<>();
        SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void errorOnStartup(RuntimeException e) {
                startupError.set(e);
            }

            @Override
            public void onContainerResolve(SystemConfig<?> sc) {
                systemConfig.set(sc);
            }
        });

        Map<String, Object> context = new HashMap<>();
        context.put("qpid.work_dir", work.toString());
        context.put("QPID_WORK", work.toString());
        context.put("qpid.port.amqp.threadPool.size", "4");               // default 8; small machine
        context.put("qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}"); // no preferences.json

        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SystemConfig.TYPE, "Memory");                                     // system config store
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, config.toUri().toString());
        // Qpid's default, "classpath:system.properties", needs a URL handler that a Spring Boot jar cannot offer
        var systemProperties = work.resolve("system.properties");
        Files.writeString(systemProperties, "# no broker system properties\n", StandardCharsets.UTF_8);
        attributes.put(SystemConfig.INITIAL_SYSTEM_PROPERTIES_LOCATION, systemProperties.toUri().toString());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);                // no BRK-xxxx on stdout
        attributes.put("context", context);

        launcher.startup(attributes);
        if (startupError.get() != null) {
            throw new IllegalStateException("Qpid broker failed to start", startupError.get());
        }
        String problems = notActive(systemConfig.get());
        if (!problems.isEmpty()) {
            launcher.shutdown();
            throw new IllegalStateException("Qpid broker started with errors: " + problems);
        }
        removeShutdownHook((Broker<?>) systemConfig.get().getContainer());
        log.info("Development AMQP broker (Qpid Broker-J {}) ready on localhost:{} in {}, {}",
                ((Broker<?>) systemConfig.get().getContainer()).getProductVersion(), port, stopwatch,
                persistent ? "messages in " + work : "messages in memory only");
        return new EmbeddedQpidBroker(launcher);
    }

    /** Closes the broker (ports, vhosts, thread pools); waits up to 30 s. */
    @Override
    public void close() {
        var stopwatch = Stopwatch.start();
        launcher.shutdown();
        log.info("Development AMQP broker stopped in {}", stopwatch);
    }

    /**
     * Qpid registers a JVM shutdown hook of its own, which stops the broker while Spring's hook is still closing the
     * listeners and connections that use it: on every Ctrl-C an ERROR and dozens of stack-trace lines. The broker is
     * stopped by {@link EmbeddedServers} after the last application context closed instead; a JVM that ends without
     * closing its contexts leaves the store as a {@code kill -9} would, which the next start handles.
     */
    private static void removeShutdownHook(Broker<?> broker) {
        for (Class<?> type = broker.getClass(); type != null; type = type.getSuperclass()) {
            try {
                var field = type.getDeclaredField("_shutdownHook");
                field.setAccessible(true);
                Runtime.getRuntime().removeShutdownHook((Thread) field.get(broker));
                return;
            } catch (NoSuchFieldException e) {
                // declared by a superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                log.debug("Qpid's shutdown hook stays: {}", e.toString());
                return;
            }
        }
    }

    private static String notActive(SystemConfig<?> sc) {
        if (sc == null) {
            return "no broker";
        }
        Broker<?> broker = (Broker<?>) sc.getContainer();
        StringBuilder sb = new StringBuilder();
        List<ConfiguredObject<?>> objects = new ArrayList<>();
        objects.add(broker);
        objects.addAll(broker.getPorts());
        objects.addAll(broker.getVirtualHostNodes());
        broker.getVirtualHostNodes().forEach(n -> objects.add(n.getVirtualHost()));
        for (ConfiguredObject<?> o : objects) {
            if (o == null || o.getState() != State.ACTIVE) {
                sb.append(o == null ? "virtual host missing" : o.getCategoryClass().getSimpleName() + " '" + o.getName()
                        + "' is " + o.getState()).append("; ");
            }
        }
        return sb.toString();
    }
}
