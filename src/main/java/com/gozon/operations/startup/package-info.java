/**
 * The start-up checks: an issuer of access tokens is configured, and the external PostgreSQL and RabbitMQ answer; each
 * failure comes with a message that says what is missing; once started, one line says where to go.
 */
@NullMarked
package com.gozon.operations.startup;

import org.jspecify.annotations.NullMarked;
