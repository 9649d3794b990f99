package com.gozon.operations.housekeeping;

import org.springframework.modulith.NamedInterface;

import java.util.function.IntSupplier;

/**
 * Housekeeping's way to delete many rows: one short statement of at most a batch after another, until a statement
 * finds less than a batch, so that no purge holds a long transaction or many row locks beside the live traffic.
 */
@NamedInterface("housekeeping")
public final class BatchedDelete {

    private BatchedDelete() {
    }

    /** Runs the delete of one batch until it deletes fewer than {@code batchSize} rows; returns how many went. */
    public static int untilDone(IntSupplier deleteOneBatch, int batchSize) {
        var total = 0;
        int deleted;
        do {
            deleted = deleteOneBatch.getAsInt();
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
