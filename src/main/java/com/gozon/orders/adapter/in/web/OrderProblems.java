package com.gozon.orders.adapter.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.UUID;

/** The problems the orders API answers with, besides invalid input. */
final class OrderProblems {

    private OrderProblems() {
    }

    static ErrorResponseException notFound(UUID orderId) {
        return problem(HttpStatus.NOT_FOUND, "Order not found", "You have no order " + orderId + ".");
    }

    static ErrorResponseException anotherUser(UUID userId) {
        return problem(HttpStatus.FORBIDDEN, "Another user",
                "userId " + userId + " is not the user of the bearer token; leave it out or give your own.");
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
