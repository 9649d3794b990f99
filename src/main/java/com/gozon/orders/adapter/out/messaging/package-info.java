/** Outbound messaging adapter: the events Orders commits to the outbox, and its exchange. */
@NullMarked
package com.gozon.orders.adapter.out.messaging;

import org.jspecify.annotations.NullMarked;
