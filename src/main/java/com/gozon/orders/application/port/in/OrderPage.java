package com.gozon.orders.application.port.in;

import com.gozon.orders.domain.Order;

import java.util.List;

/** One page of orders and how many there are in all. */
public record OrderPage(List<Order> orders, PageRequest request, long totalOrders) {

    public OrderPage {
        orders = List.copyOf(orders);
    }

    public long totalPages() {
        return (totalOrders + request.size() - 1) / request.size();
    }
}
