/** Deleting old rows in small batches, so that housekeeping never holds long locks. */
@NullMarked
package com.gozon.operations.housekeeping;

import org.jspecify.annotations.NullMarked;
