package com.gozon.payments.adapter.in.web;

import com.gozon.security.AuthenticatedUser;
import com.gozon.payments.application.port.in.FindAccountQuery;
import com.gozon.payments.application.port.in.OpenAccountResult;
import com.gozon.payments.application.port.in.OpenAccountUseCase;
import com.gozon.payments.application.port.in.TopUpResult;
import com.gozon.payments.application.port.in.TopUpUseCase;
import com.gozon.payments.domain.Money;
import com.gozon.payments.domain.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping(path = AccountsController.BASE_PATH, produces = "application/json")
@Tag(name = "Payments", description = "Accounts, top-ups and balances")
class AccountsController {

    static final String BASE_PATH = "/api/payments/accounts";

    private final OpenAccountUseCase openAccount;
    private final TopUpUseCase topUp;
    private final FindAccountQuery findAccount;

    AccountsController(OpenAccountUseCase openAccount, TopUpUseCase topUp, FindAccountQuery findAccount) {
        this.openAccount = openAccount;
        this.topUp = topUp;
        this.findAccount = findAccount;
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "openAccount", summary = "Open your account", description = "The token's user's "
            + "account, starting with balance 0.00; one account per user. Its id is your user id.")
    @ApiResponse(responseCode = "201", description = "Account opened",
            headers = @Header(name = "Location", description = "The new account's address",
                    schema = @Schema(type = "string", format = "uri-reference",
                            example = "/api/payments/accounts/3fa85f64-5717-4562-b3fc-2c963f66afa6")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class),
                    examples = @ExampleObject(name = "opened", value = AccountView.OPENED_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid request", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "userId names another user than the token's", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The user already has an account", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AccountView> create(@AuthenticationPrincipal AuthenticatedUser user,
                                       @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                               examples = @ExampleObject(name = "empty", value = "{}")))
                                       @Valid @RequestBody CreateAccountRequest request) {
        requireSelf(user, request.userId());
        var result = openAccount.openAccount(userId(user));
        if (!(result instanceof OpenAccountResult.Opened opened)) {
            throw AccountProblems.alreadyExists(user.userId());
        }
        var location = URI.create(BASE_PATH + "/" + user.userId());
        return ResponseEntity.created(location).body(AccountView.of(opened.account()));
    }

    @PostMapping(path = "/{userId}/top-up", consumes = "application/json")
    @Operation(operationId = "topUp", summary = "Top up your account", description = "Adds the amount to the balance; concurrent top-ups "
            + "and payments are serialized, none is lost.")
    @ApiResponse(responseCode = "200", description = "The account after the top-up", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = AccountView.class),
            examples = @ExampleObject(name = "toppedUp", value = AccountView.TOPPED_UP_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid amount, or userId is not a UUID", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such account, or another user's", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The balance would exceed its limit", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AccountView topUp(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID userId,
                      @Valid @RequestBody TopUpRequest request,
                      // documented with the other POST requests' (IdempotencyApiDocs); the ledger keeps it
                      @Parameter(hidden = true) @RequestHeader(name = "Idempotency-Key", required = false)
                      @Nullable String idempotencyKey) {
        var result = topUp.topUp(userId(user), new UserId(userId), Money.requested(request.amount()), idempotencyKey);
        if (result instanceof TopUpResult.ToppedUp toppedUp) {
            return AccountView.of(toppedUp.account());
        }
        if (result instanceof TopUpResult.BalanceLimitExceeded exceeded) {
            throw AccountProblems.balanceLimitExceeded(userId, exceeded.limit().amount());
        }
        throw AccountProblems.notFound(userId);
    }

    @GetMapping("/{userId}")
    @Operation(operationId = "getAccount", summary = "Read your account's balance")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "400", description = "userId is not a UUID", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such account, or another user's", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AccountView get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID userId) {
        return findAccount.findAccount(userId(user), new UserId(userId)).map(AccountView::of)
                .orElseThrow(() -> AccountProblems.notFound(userId));
    }

    private static UserId userId(AuthenticatedUser user) {
        return new UserId(user.userId());
    }

    /** A request may name its user, as the original API did, but only the one its token is for. */
    private static void requireSelf(AuthenticatedUser user, @Nullable UUID userId) {
        if (userId != null && !user.is(userId)) {
            throw AccountProblems.anotherUser(userId);
        }
    }
}
