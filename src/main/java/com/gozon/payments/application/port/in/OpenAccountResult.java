package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.Account;

/** What opening an account did. */
public sealed interface OpenAccountResult {

    record Opened(Account account) implements OpenAccountResult {
    }

    /** The user had an account already; nothing changed. */
    record AlreadyExists() implements OpenAccountResult {
    }
}
