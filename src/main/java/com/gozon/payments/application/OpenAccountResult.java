package com.gozon.payments.application;

import com.gozon.payments.domain.Account;

/** What opening an account did. */
public sealed interface OpenAccountResult {

    record Opened(Account account) implements OpenAccountResult {
    }

    record AlreadyExists() implements OpenAccountResult {
    }
}
