package waypoint.reporting.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalAccessRefused;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.reporting.internal.external.ExternalScopes;
import waypoint.shared.web.PageOf;

/**
 * Access for people outside the provider through the API (docs/domain/external-access.md), for administrators, as on
 * the pages: the grants newest first, one grant, giving one (checked whole: every field's problem at once) and ending
 * one.
 */
@RestController
@RequestMapping("/api/v1/external-access")
class ExternalAccessApi {

    private final ExternalAccess access;
    private final ExternalScopes scopes;

    ExternalAccessApi(ExternalAccess access, ExternalScopes scopes) {
        this.access = access;
        this.scopes = scopes;
    }

    /**
     * A grant asked for: {@code kind} one of the kinds of access, {@code scopeKind} SAMPLE (with {@code sample}, a
     * funding audit sample's id), STANDARD (with {@code standard}, its reference) or APPRENTICESHIPS (with
     * {@code ulns}).
     */
    record GrantRequest(String personName, String email, String organisation, ExternalKind kind, String scopeKind,
            UUID sample, String standard, List<String> ulns, LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * One grant; {@code addedToExistingAccount} and {@code invitationSent} only in the answer to giving one (whether
     * the person already had an external account, and whether an invitation to set a password went to them).
     */
    record Grant(UUID id, UUID accountId, String personName, String email, String organisation, ExternalKind kind,
            String scope, String scopeKind, String standardReference, int apprenticeships, LocalDate startsOn,
            LocalDate endsOn, String state, String grantedBy, Instant grantedAt, Instant endedAt, String endedBy,
            Boolean addedToExistingAccount, Boolean invitationSent) {

        static Grant of(ExternalGrant g) {
            return of(g, null, null);
        }

        static Grant of(ExternalGrant g, Boolean added, Boolean invited) {
            return new Grant(g.id(), g.accountId(), g.personName(), g.email(), g.organisation(), g.kind(),
                    g.scope().label(), g.scope().kind().name(), g.scope().standardReference(),
                    g.scope().apprenticeshipIds().size(), g.startsOn(), g.endsOn(), g.state().words(),
                    g.grantedByName(), g.grantedAt(), g.endedAt(), g.endedByName(), added, invited);
        }
    }

    @GetMapping
    @Operation(summary = "Every grant of access for people outside the provider, newest first",
            description = "One person may hold several grants (accountId is the same): what they see is what their "
                    + "grants in force together cover.")
    PageOf<Grant> grants(CurrentUser user, @RequestParam(defaultValue = "0") int page) {
        requireAdministrator(user);
        int number = Math.max(0, page);
        return new PageOf<>(access.newest(user, number * PageOf.DEFAULT_SIZE, PageOf.DEFAULT_SIZE).stream()
                .map(Grant::of).toList(), number, PageOf.DEFAULT_SIZE, access.count(user));
    }

    @GetMapping("/{id}")
    Grant grant(CurrentUser user, @PathVariable UUID id) {
        return Grant.of(access.find(user, id));
    }

    @PostMapping
    @Operation(summary = "Give someone outside the provider read-only access until an end date",
            description = "A new email address gets an account with the external role and an invitation; an email "
                    + "address that already has an external account gets the grant added (addedToExistingAccount), "
                    + "with no invitation once they have set a password (invitationSent). An email address of a "
                    + "staff, apprentice or employer account is a field error.")
    ResponseEntity<Grant> give(CurrentUser user, @RequestBody GrantRequest r) {
        requireAdministrator(user);
        var request = scopes.checked(user, new ExternalScopes.Asked(r.personName(), r.email(), r.organisation(),
                r.kind(), r.scopeKind(), r.sample() == null ? null : r.sample().toString(), r.standard(),
                r.ulns() == null ? null : String.join(",", r.ulns()), r.startsOn(), r.endsOn()));
        ExternalAccess.Given given = access.grant(user, request);
        return ResponseEntity.created(URI.create("/api/v1/external-access/" + given.grant().id()))
                .body(Grant.of(given.grant(), given.addedToExistingAccount(), given.invitationSent()));
    }

    /** Ends the grant now; a grant already ended is a conflict. */
    @PostMapping("/{id}/end")
    ResponseEntity<?> end(CurrentUser user, @PathVariable UUID id) {
        try {
            return ResponseEntity.ok(Grant.of(access.end(user, id)));
        } catch (ExternalAccessRefused refused) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
            problem.setTitle("Already ended");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
    }

    private void requireAdministrator(CurrentUser user) {
        if (!access.canAdminister(user)) {
            throw new AccessDeniedException("Only an administrator may give access to people outside the provider");
        }
    }
}
