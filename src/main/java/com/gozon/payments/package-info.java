/**
 * Payments: keeps one account per user and debits it, exactly once, for each order's payment request.
 */
@ApplicationModule(displayName = "Payments")
package com.gozon.payments;

import org.springframework.modulith.ApplicationModule;
