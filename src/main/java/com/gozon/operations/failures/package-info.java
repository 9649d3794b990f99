/** Telling an outage from a failure that will happen again: one judgement for the consumers and for HTTP. */
@NullMarked
package com.gozon.operations.failures;

import org.jspecify.annotations.NullMarked;
