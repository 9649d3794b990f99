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
        return problem(HttpStatus.NOT_FOUND, "Order not found", "No order " + orderId + " exists.");
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
