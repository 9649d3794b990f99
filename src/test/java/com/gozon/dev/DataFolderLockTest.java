package com.gozon.dev;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A second development shop on a data folder in use stops at once, saying which process has it. */
class DataFolderLockTest {

    @TempDir
    Path data;

    @Test
    void aSecondShopOnTheSameFolderIsRefusedWithOneSentence() throws Exception {
        try (var first = DataFolderLock.acquire(data)) {
            assertThatThrownBy(() -> DataFolderLock.acquire(data))
                    .isInstanceOf(DataFolderInUseException.class)
                    .satisfies(refusal -> assertThat(new DataFolderInUseFailureAnalyzer().analyze(refusal)
                            .getDescription()).isEqualTo("The data folder " + data.toAbsolutePath()
                            + " is in use by another Gozon development shop (process "
                            + ProcessHandle.current().pid() + ")."));
        }
    }

    @Test
    void theFolderIsFreeAgainOnceTheShopStopped() throws Exception {
        DataFolderLock.acquire(data).close();

        try (var again = DataFolderLock.acquire(data)) {
            assertThat(data.resolve(DataFolderLock.FILE_NAME)).content().isEqualTo(
                    Long.toString(ProcessHandle.current().pid()));
        }
    }
}
