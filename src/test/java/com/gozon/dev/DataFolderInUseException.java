package com.gozon.dev;

import java.nio.file.Path;

/** Another development shop runs on this data folder. */
final class DataFolderInUseException extends RuntimeException {

    private final Path folder;

    DataFolderInUseException(Path folder, String holder) {
        super("The data folder " + folder + " is in use by another Gozon development shop"
                + (holder.isEmpty() ? "" : " (process " + holder + ")"));
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }
}
