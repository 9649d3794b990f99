/** Persistence adapter: accounts, payments and the inbox in the schema payments, over JDBC. */
@NullMarked
package com.gozon.payments.adapter.out.persistence;

import org.jspecify.annotations.NullMarked;
