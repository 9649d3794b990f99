package com.gozon.orders.adapter.in.web;

import com.gozon.orders.application.port.in.FindOrdersQuery;
import com.gozon.orders.application.port.in.PageRequest;
import com.gozon.orders.application.port.in.PlaceOrderCommand;
import com.gozon.orders.application.port.in.PlaceOrderUseCase;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping(path = OrdersController.BASE_PATH, produces = "application/json")
@Tag(name = "Orders", description = "Place orders and follow their payment")
class OrdersController {

    static final String BASE_PATH = "/api/orders";

    private final PlaceOrderUseCase placeOrder;
    private final FindOrdersQuery findOrders;

    OrdersController(PlaceOrderUseCase placeOrder, FindOrdersQuery findOrders) {
        this.placeOrder = placeOrder;
        this.findOrders = findOrders;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Place an order", description = "Stores the order with status NEW and requests its payment "
            + "in the same transaction; the payment happens asynchronously.")
    @ApiResponse(responseCode = "201", description = "Order placed")
    @ApiResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderView> create(@Valid @RequestBody CreateOrderRequest request) {
        var order = placeOrder.placeOrder(new PlaceOrderCommand(new UserId(request.userId()),
                Money.requested(request.amount()), request.description()));
        var location = URI.create(BASE_PATH + "/" + order.id().value());
        return ResponseEntity.created(location).body(OrderView.of(order));
    }

    @GetMapping
    @Operation(summary = "List a user's orders", description = "Newest first; size is capped at 100.")
    @ApiResponse(responseCode = "200", description = "One page of orders")
    @ApiResponse(responseCode = "400", description = "Missing or malformed userId, or a bad page",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    OrderListView list(@Parameter(description = "The user whose orders to list", required = true)
                       @RequestParam UUID userId,
                       @Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") @Min(0) int page,
                       @Parameter(description = "Page size, 1 to 100 (larger values are capped)")
                       @RequestParam(defaultValue = "20") @Min(1) int size) {
        var request = new PageRequest(page, Math.min(size, PageRequest.MAX_SIZE));
        return OrderListView.of(findOrders.findOrders(new UserId(userId), request));
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "Read an order and its payment status")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    OrderView get(@PathVariable UUID orderId) {
        return findOrders.findOrder(new OrderId(orderId)).map(OrderView::of)
                .orElseThrow(() -> OrderProblems.notFound(orderId));
    }
}
