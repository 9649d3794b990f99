/** The limits a request meets: its body's size, speed and type, and its rate per user and per address. */
@NullMarked
package com.gozon.http.limits;

import org.jspecify.annotations.NullMarked;
