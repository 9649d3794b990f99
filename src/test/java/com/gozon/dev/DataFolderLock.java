package com.gozon.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One development shop per data folder: a second one would meet the first one's PostgreSQL lock and Derby store
 * deep inside their start-up, after seconds and with pages of stack traces. Held from before the servers start until
 * they stopped; the operating system lets go of it when the JVM dies, also by {@code kill -9}.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "shop.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the data folder, or fails at once with {@link DataFolderInUseException} when another shop has it. */
    static DataFolderLock acquire(Path dataDir) {
        var folder = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            var file = folder.resolve(FILE_NAME);
            var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(folder, Files.readString(file, StandardCharsets.UTF_8).trim());
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + folder, e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
