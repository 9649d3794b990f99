package com.gozon.orders.adapter.in.web;

import com.gozon.security.AuthenticatedUser;
import com.gozon.orders.application.port.in.FindOrdersQuery;
import com.gozon.orders.application.port.in.PageRequest;
import com.gozon.orders.application.port.in.PlaceOrderCommand;
import com.gozon.orders.application.port.in.PlaceOrderUseCase;
import com.gozon.orders.domain.Money;
import com.gozon.orders.domain.OrderId;
import com.gozon.orders.domain.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    @Operation(operationId = "placeOrder", summary = "Place an order", description = "Stores the order of the token's "
            + "user with status NEW and requests its payment from that user's account in the same transaction; the "
            + "payment happens asynchronously: read the order (getOrder) a moment later to see PAID or FAILED.")
    @ApiResponse(responseCode = "201", description = "Order placed, its payment pending",
            headers = @Header(name = "Location", description = "The new order's address",
                    schema = @Schema(type = "string", format = "uri-reference",
                            example = "/api/orders/0b9c3d4e-8f43-4c1e-9d7a-2a5e6f7a8b9c")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class),
                    examples = @ExampleObject(name = "placed", value = OrderView.PLACED_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "userId names another user than the token's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderView> create(@AuthenticationPrincipal AuthenticatedUser user,
                                     @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                             examples = @ExampleObject(name = "order", value = CreateOrderRequest.EXAMPLE)))
                                     @Valid @RequestBody CreateOrderRequest request) {
        requireSelf(user, request.userId());
        var order = placeOrder.placeOrder(new PlaceOrderCommand(userId(user), Money.requested(request.amount()),
                request.description()));
        var location = URI.create(BASE_PATH + "/" + order.id().value());
        return ResponseEntity.created(location).body(OrderView.of(order));
    }

    @GetMapping
    @Operation(operationId = "listOrders", summary = "List your orders", description = "The token's user's orders, newest first; size is "
            + "capped at 100.")
    @ApiResponse(responseCode = "200", description = "One page of orders")
    @ApiResponse(responseCode = "400", description = "Malformed userId, or a bad page",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "userId names another user than the token's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    OrderListView list(@AuthenticationPrincipal AuthenticatedUser user,
                       @Parameter(description = "Optional and deprecated: the user is the token's subject. If given, "
                               + "it must be that user's id, otherwise 403.", deprecated = true)
                       @RequestParam(required = false) @Nullable UUID userId,
                       @Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") @Min(0) int page,
                       @Parameter(description = "Page size, 1 to 100 (larger values are capped)")
                       @RequestParam(defaultValue = "20") @Min(1) int size) {
        requireSelf(user, userId);
        var request = new PageRequest(page, Math.min(size, PageRequest.MAX_SIZE));
        return OrderListView.of(findOrders.findOrders(userId(user), request));
    }

    @GetMapping("/{orderId}")
    @Operation(operationId = "getOrder", summary = "Read one of your orders and its payment status")
    @ApiResponse(responseCode = "200", description = "The order", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OrderView.class), examples = {
                    @ExampleObject(name = "paid", value = OrderView.PAID_EXAMPLE),
                    @ExampleObject(name = "failed", value = OrderView.FAILED_EXAMPLE)}))
    @ApiResponse(responseCode = "400", description = "orderId is not a UUID",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order, or another user's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    OrderView get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID orderId) {
        return findOrders.findOrder(userId(user), new OrderId(orderId)).map(OrderView::of)
                .orElseThrow(() -> OrderProblems.notFound(orderId));
    }

    private static UserId userId(AuthenticatedUser user) {
        return new UserId(user.userId());
    }

    /** A request may name its user, as the original API did, but only the one its token is for. */
    private static void requireSelf(AuthenticatedUser user, @Nullable UUID userId) {
        if (userId != null && !user.is(userId)) {
            throw OrderProblems.anotherUser(userId);
        }
    }
}
