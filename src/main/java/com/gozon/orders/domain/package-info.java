/** The order aggregate and its values: plain Java, no framework. */
@NullMarked
package com.gozon.orders.domain;

import org.jspecify.annotations.NullMarked;
