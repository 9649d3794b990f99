/** The application services: they implement the incoming ports with the domain and the outgoing ports. */
@NullMarked
package com.gozon.orders.application;

import org.jspecify.annotations.NullMarked;
