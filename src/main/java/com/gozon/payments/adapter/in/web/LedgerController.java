package com.gozon.payments.adapter.in.web;

import com.gozon.security.AuthenticatedUser;
import com.gozon.payments.application.port.in.FindLedgerQuery;
import com.gozon.payments.application.port.in.PageRequest;
import com.gozon.payments.domain.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping(path = AccountsController.BASE_PATH, produces = "application/json")
@Tag(name = "Payments", description = "Accounts, top-ups and balances")
class LedgerController {

    private final FindLedgerQuery findLedger;

    LedgerController(FindLedgerQuery findLedger) {
        this.findLedger = findLedger;
    }

    @GetMapping("/{userId}/entries")
    @Operation(operationId = "listLedgerEntries", summary = "Page through an account's ledger", description = "Every change of the balance, newest "
            + "first: the opening, each top-up and each debit with its order. The balance is the balance after the "
            + "newest entry, and the sum of all amounts.")
    @ApiResponse(responseCode = "200", description = "One page of entries")
    @ApiResponse(responseCode = "400", description = "userId is not a UUID, or a bad page", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such account, or another user's", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    LedgerView entries(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID userId,
                       @Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") @Min(0) int page,
                       @Parameter(description = "Page size, 1 to 100 (larger values are capped)")
                       @RequestParam(defaultValue = "20") @Min(1) int size) {
        var request = new PageRequest(page, Math.min(size, PageRequest.MAX_SIZE));
        return findLedger.findLedger(new UserId(user.userId()), new UserId(userId), request).map(LedgerView::of)
                .orElseThrow(() -> AccountProblems.notFound(userId));
    }
}
