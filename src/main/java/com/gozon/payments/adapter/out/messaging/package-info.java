/** Outbound messaging adapter: the payment outcomes Payments commits to the outbox, and its exchange. */
@NullMarked
package com.gozon.payments.adapter.out.messaging;

import org.jspecify.annotations.NullMarked;
