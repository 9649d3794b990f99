package com.gozon.payments.application;

import com.gozon.payments.domain.UserId;

/** Opens a user's account; a user has at most one. */
public interface OpenAccountUseCase {

    OpenAccountResult openAccount(UserId owner);
}
