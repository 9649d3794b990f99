package com.gozon.dev;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one sentence why a second development shop on the same data folder stops, without a stack trace. */
final class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Stop that shop first, or give this one a data folder and ports of its own, e.g. "
                        + "-Dspring-boot.run.arguments=\"--gozon.dev.data-dir=/tmp/shop2 --server.port=5055 "
                        + "--gozon.dev.postgres-port=15433 --gozon.dev.broker-port=15674\"", cause);
    }
}
