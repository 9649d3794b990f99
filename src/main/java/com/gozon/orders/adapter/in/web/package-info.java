/** Web adapter: the orders HTTP API under /api/orders. */
@NullMarked
package com.gozon.orders.adapter.in.web;

import org.jspecify.annotations.NullMarked;
