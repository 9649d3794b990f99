/** Which modules this process runs, and how often the gauges of operations are refreshed. */
@NullMarked
package com.gozon.operations.metrics;

import org.jspecify.annotations.NullMarked;
