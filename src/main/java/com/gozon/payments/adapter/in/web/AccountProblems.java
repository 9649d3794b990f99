package com.gozon.payments.adapter.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.math.BigDecimal;
import java.util.UUID;

/** The problems the accounts API answers with, besides invalid input. */
final class AccountProblems {

    private AccountProblems() {
    }

    static ErrorResponseException notFound(UUID userId) {
        return problem(HttpStatus.NOT_FOUND, "Account not found", "You have no account " + userId + ".");
    }

    static ErrorResponseException anotherUser(UUID userId) {
        return problem(HttpStatus.FORBIDDEN, "Another user",
                "userId " + userId + " is not the user of the bearer token; leave it out or give your own.");
    }

    static ErrorResponseException alreadyExists(UUID userId) {
        return problem(HttpStatus.CONFLICT, "Account already exists", "User " + userId + " already has an account.");
    }

    static ErrorResponseException balanceLimitExceeded(UUID userId, BigDecimal limit) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Balance limit exceeded",
                "The balance of " + userId + " would exceed " + limit.toPlainString() + ".");
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
