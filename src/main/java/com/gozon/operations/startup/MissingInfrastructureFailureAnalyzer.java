package com.gozon.operations.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains at start-up which external service is missing and how to configure it. */
class MissingInfrastructureFailureAnalyzer extends AbstractFailureAnalyzer<MissingInfrastructureException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingInfrastructureException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
