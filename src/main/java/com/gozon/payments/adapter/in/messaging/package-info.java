/** Inbound messaging adapter: payment requests from RabbitMQ into the pay-order use case. */
@NullMarked
package com.gozon.payments.adapter.in.messaging;

import org.jspecify.annotations.NullMarked;
