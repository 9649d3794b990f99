/** Web adapter: the payments HTTP API under /api/payments. */
@NullMarked
package com.gozon.payments.adapter.in.web;

import org.jspecify.annotations.NullMarked;
