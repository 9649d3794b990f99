package com.gozon.payments.application.port.in;

import com.gozon.payments.domain.UserId;

/** Opens a user's own account, with balance zero; a user has at most one. */
public interface OpenAccountUseCase {

    OpenAccountResult openAccount(UserId requester);
}
