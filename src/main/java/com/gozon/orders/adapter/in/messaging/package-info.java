/** Inbound messaging adapter: payment outcomes from RabbitMQ into the settle-order use case. */
@NullMarked
package com.gozon.orders.adapter.in.messaging;

import org.jspecify.annotations.NullMarked;
