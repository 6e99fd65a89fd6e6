package waypoint.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.internal.AccountAdministration;
import waypoint.identity.internal.AccountStateException;
import waypoint.shared.web.PageOf;

/** The administrators' account management, for scripts: the same service and rules as /admin/accounts. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Administrators only")
class AccountsApi {

    private final AccountAdministration administration;
    private final AccountTimes times;

    AccountsApi(AccountAdministration administration, AccountTimes times) {
        this.administration = administration;
        this.times = times;
    }

    record AccountView(UUID id, String email, String displayName, List<Role> roles, String status, boolean locked,
            Instant lockedUntil) {
    }

    record AccountPage(List<AccountView> items, int page, int size, long total, int totalPages) {
    }

    @GetMapping
    @Operation(summary = "Find accounts by part of a name or email",
            description = "state is one of all, invited, active, disabled, locked. Pages count from 0, 25 a page.")
    AccountPage find(CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "all") String state, @RequestParam(defaultValue = "0") int page) {
        PageOf<AccountSummary> found = administration.find(user, q, state, page);
        return new AccountPage(found.items().stream().map(this::view).toList(), found.number(), found.size(),
                found.total(), found.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "An account's status and whether it is locked")
    AccountView get(CurrentUser user, @PathVariable UUID id) {
        return view(administration.view(user, id));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Unlock an account locked after failed sign-ins")
    AccountView unlock(CurrentUser user, @PathVariable UUID id) {
        return view(administration.unlock(user, id));
    }

    @PostMapping("/{id}/invitation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send an invited person a new invitation email; the earlier link stops working")
    AccountView invite(CurrentUser user, @PathVariable UUID id) {
        administration.resendInvitation(user, id);
        return view(administration.view(user, id));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Stop an account signing in or using the API")
    AccountView disable(CurrentUser user, @PathVariable UUID id) {
        return view(administration.disable(user, id));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Let a disabled account sign in again")
    AccountView enable(CurrentUser user, @PathVariable UUID id) {
        return view(administration.enable(user, id));
    }

    @ExceptionHandler(AccountStateException.class)
    ProblemDetail conflict(AccountStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible in the account's current state");
        return problem;
    }

    private AccountView view(AccountSummary account) {
        boolean locked = account.isLocked(times.now());
        return new AccountView(account.id(), account.email(), account.displayName(),
                account.roles().stream().sorted().toList(), account.status().name(), locked,
                locked ? account.lockedUntil() : null);
    }
}
