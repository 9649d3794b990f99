package com.gozon.orders.adapter.in.web;

import com.gozon.orders.application.OrderPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(name = "OrderList", description = "One page of a user's orders, newest first")
record OrderListView(List<OrderView> items, int page, int size, long totalItems, long totalPages) {

    static OrderListView of(OrderPage page) {
        var size = page.request().size();
        return new OrderListView(page.orders().stream().map(OrderView::of).toList(), page.request().number(), size,
                page.totalOrders(), (page.totalOrders() + size - 1) / size);
    }
}
