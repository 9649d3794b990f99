/** How a module migrates its schema: its own Flyway, on the shop's database or on a connection for migrations. */
@NullMarked
package com.gozon.operations.migrations;

import org.jspecify.annotations.NullMarked;
