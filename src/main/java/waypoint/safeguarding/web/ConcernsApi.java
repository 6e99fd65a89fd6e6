package waypoint.safeguarding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.identity.CurrentUser;
import waypoint.safeguarding.internal.Concern;
import waypoint.safeguarding.internal.ConcernDetails;
import waypoint.safeguarding.internal.ConcernEntry;
import waypoint.safeguarding.internal.ConcernRow;
import waypoint.safeguarding.internal.ConcernService;
import waypoint.safeguarding.internal.ConcernStepRefusedException;
import waypoint.safeguarding.web.ConcernForms.ActionForm;
import waypoint.safeguarding.web.ConcernForms.CloseForm;
import waypoint.safeguarding.web.ConcernForms.FlagForm;
import waypoint.safeguarding.web.ConcernForms.ReopenForm;
import waypoint.safeguarding.web.ConcernForms.ReportForm;
import waypoint.safeguarding.web.ConcernForms.TriageForm;
import waypoint.safeguarding.web.ConcernForms.UpdateForm;
import waypoint.shared.web.PageOf;

/**
 * Concerns through the API, restricted as the pages are: anyone signed in may raise one (and is told only what
 * happens next); only the role handling a kind lists and reads concerns of that kind, every read audited; anyone
 * else gets 403 for the list and 404 for a concern.
 */
@RestController
@RequestMapping("/api/v1/concerns")
@Tag(name = "Concerns", description = "Safeguarding, Prevent, health and safety and equality concerns (restricted)")
class ConcernsApi {

    private final ConcernService concerns;

    ConcernsApi(ConcernService concerns) {
        this.concerns = concerns;
    }

    record Received(String kind, String whatHappensNext) {
    }

    record Summary(UUID id, String kind, String status, Instant raisedAt, String riskLevel, String learnerName) {
        static Summary of(ConcernRow row) {
            return new Summary(row.id(), row.kind().name(), row.status().name(), row.raisedAt(),
                    row.riskLevel() == null ? null : row.riskLevel().name(), row.learnerName());
        }
    }

    record Page(List<Summary> items, int page, int size, long total) {
    }

    record Incident(String category, LocalDate occurredOn, String place, String peopleInvolved, String injury,
            Boolean riddorReportable) {
    }

    record Entry(Instant occurredAt, String author, String kind, String agency, String referenceNumber,
            String details) {
        static Entry of(ConcernEntry e) {
            return new Entry(e.occurredAt(), e.authorName(), e.kind().name(), e.agency() == null ? null : e.agency().name(),
                    e.referenceNumber(), e.details());
        }
    }

    record Details(UUID id, String kind, String status, int version, Instant raisedAt, String raisedBy,
            UUID learnerId, String learnerName, String whatHappened, Incident incident, String riskLevel,
            boolean tutorFlagShared, String outcome, Instant closedAt, List<Entry> chronology) {
        static Details of(ConcernDetails d) {
            Concern c = d.concern();
            Incident incident = c.incident() == null ? null : new Incident(
                    c.incident().category() == null ? null : c.incident().category().name(), c.incident().occurredOn(),
                    c.incident().place(), c.incident().peopleInvolved(), c.incident().injury(), c.riddorReportable());
            return new Details(c.id(), c.kind().name(), c.status().name(), c.version(), c.raisedAt(),
                    c.raisedByName(), c.learnerId(), d.learnerName(), c.description(), incident,
                    c.riskLevel() == null ? null : c.riskLevel().name(), c.tutorFlagShared(), c.outcome(),
                    c.closedAt(), d.chronology().stream().map(Entry::of).toList());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a concern", description = "kind: SAFEGUARDING, PREVENT, BULLYING_OR_HARASSMENT, "
            + "UNFAIR_TREATMENT, HEALTH_AND_SAFETY (with incidentCategory, occurredOn, place) or WELLBEING. The answer "
            + "says what happens next; the concern itself is not shown to the person who raised it.")
    Received raise(CurrentUser user, @Valid @RequestBody ReportForm body) {
        ConcernService.Raised raised = concerns.raise(user, body.concern());
        return new Received(raised.kind().name(), raised.kind().isSafeguarding()
                ? "The designated safeguarding officer will read it, usually within one working day, and may contact you."
                : "The quality team will look into it and may contact you.");
    }

    @GetMapping
    @Operation(summary = "List concerns of the kinds you handle", description = "status: open (default) or closed")
    Page list(CurrentUser user, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page) {
        PageOf<ConcernRow> rows = concerns.list(user, "closed".equals(status), page == null ? 0 : page);
        return new Page(rows.items().stream().map(Summary::of).toList(), rows.number(), rows.size(), rows.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a concern (audited)")
    Details get(CurrentUser user, @PathVariable UUID id) {
        return Details.of(concerns.view(user, id));
    }

    @PostMapping("/{id}/triage")
    Details triage(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody TriageForm body) {
        concerns.triage(user, id, body.version(), body.level(), body.reportable(), body.noteText());
        return Details.of(concerns.view(user, id));
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Record an action", description = "kind: REFERRAL (with agency LOCAL_AUTHORITY, POLICE, "
            + "CHANNEL_PREVENT, HSE or OTHER and referenceNumber), SUPPORT, SIGNPOSTING or NOTE")
    Details action(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ActionForm body) {
        concerns.recordAction(user, id, body.version(), body.action());
        return Details.of(concerns.view(user, id));
    }

    @PostMapping("/{id}/close")
    Details close(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CloseForm body) {
        concerns.close(user, id, body.version(), body.text());
        return Details.of(concerns.view(user, id));
    }

    @PostMapping("/{id}/tutor-flag")
    @Operation(summary = "Show (or stop showing) the learner's tutor that a safeguarding matter is open",
            description = "The tutor sees only that a matter is open for the learner, nothing of what it is about.")
    Details tutorFlag(CurrentUser user, @PathVariable UUID id, @RequestBody FlagForm body) {
        concerns.shareWithTutor(user, id, body.version(), Boolean.TRUE.equals(body.shared()));
        return Details.of(concerns.view(user, id));
    }

    @PostMapping("/{id}/updates")
    @Operation(summary = "Share an update with the person who raised the concern (sent as a notification)")
    Details update(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody UpdateForm body) {
        concerns.shareUpdate(user, id, body.version(), body.text());
        return Details.of(concerns.view(user, id));
    }

    @PostMapping("/{id}/reopen")
    Details reopen(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReopenForm body) {
        concerns.reopen(user, id, body.version(), body.text());
        return Details.of(concerns.view(user, id));
    }

    @ExceptionHandler(ConcernStepRefusedException.class)
    ProblemDetail refused(ConcernStepRefusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Not allowed now");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Changed by someone else");
        return problem;
    }
}
