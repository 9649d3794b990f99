/** The health the shop reports, beyond what Spring Boot reports as it is. */
@NullMarked
package com.gozon.operations.health;

import org.jspecify.annotations.NullMarked;
