package com.gozon.orders.application;

import com.gozon.orders.domain.Order;

import java.util.List;

/** One page of orders and how many there are in all. */
public record OrderPage(List<Order> orders, PageRequest request, long totalOrders) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
