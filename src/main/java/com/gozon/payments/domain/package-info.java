/** Accounts, payments and their values: plain Java, no framework. */
@NullMarked
package com.gozon.payments.domain;

import org.jspecify.annotations.NullMarked;
