/** The start-up check of the external PostgreSQL and RabbitMQ, with a message that says what is missing. */
@NullMarked
package com.gozon.infrastructure.runtime;

import org.jspecify.annotations.NullMarked;
