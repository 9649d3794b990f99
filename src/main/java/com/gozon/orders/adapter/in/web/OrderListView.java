package com.gozon.orders.adapter.in.web;

import com.gozon.orders.application.port.in.OrderPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(name = "OrderList", description = "One page of a user's orders, newest first")
record OrderListView(List<OrderView> items, int page, int size, long totalItems, long totalPages) {

    static OrderListView of(OrderPage page) {
        return new OrderListView(page.orders().stream().map(OrderView::of).toList(), page.request().number(),
                page.request().size(), page.totalOrders(), page.totalPages());
    }
}
