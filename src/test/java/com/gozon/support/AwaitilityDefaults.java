package com.gozon.support;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;

/**
 * Awaitility fails a wait on an uncaught exception in any thread of the JVM. A test run holds several application
 * contexts, and one being closed may still finish its broker channels in its own threads; those say nothing about the
 * condition a test waits for, so waits only look at their condition. A wait without its own limit waits up to a minute.
 */
public class AwaitilityDefaults implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        // a wait that names no limit must not depend on the machine being idle: an order's two hops took over
        // Awaitility's default 10 s once under a load average of 9 (issue 17)
        Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
    }
}
