package com.gozon.support;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Awaitility fails a wait on an uncaught exception in any thread of the JVM. A test run holds several application
 * contexts, and one being closed may still finish its broker channels in its own threads; those say nothing about the
 * condition a test waits for, so waits only look at their condition.
 */
public class AwaitilityDefaults implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }
}
