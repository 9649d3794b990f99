/**
 * Orders: takes a customer's order and follows it until its payment succeeded or failed.
 */
@ApplicationModule(displayName = "Orders")
package com.gozon.orders;

import org.springframework.modulith.ApplicationModule;
