/** Persistence adapter: orders and the inbox in the schema orders, over JDBC. */
@NullMarked
package com.gozon.orders.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
