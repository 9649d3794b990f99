package com.gozon.orders.adapter.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.UUID;

class OrderNotFoundException extends ErrorResponseException {

    OrderNotFoundException(UUID orderId) {
        super(HttpStatus.NOT_FOUND, problem(orderId), null);
    }

    private static ProblemDetail problem(UUID orderId) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No order " + orderId + " exists.");
        problem.setTitle("Order not found");
        return problem;
    }
}
