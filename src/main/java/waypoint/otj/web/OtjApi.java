package waypoint.otj.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.otj.PortfolioEvidenceOptions;
import waypoint.otj.internal.Entry;
import waypoint.otj.internal.EntryRefusedException;
import waypoint.otj.internal.EntryState;
import waypoint.otj.internal.OtjEntries;
import waypoint.otj.internal.OtjSettings;
import waypoint.otj.internal.Pace;
import waypoint.otj.internal.PaceReports;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Off-the-job training", description = "Off-the-job entries of an apprenticeship, their approval and the "
        + "pace summary, within what each person may see. A step the entry state table refuses answers 409.")
class OtjApi {

    private final OtjEntries entries;
    private final PaceReports pace;
    private final OtjSettings settings;
    private final Validator validator;

    OtjApi(OtjEntries entries, PaceReports pace, OtjSettings settings, Validator validator) {
        this.entries = entries;
        this.pace = pace;
        this.settings = settings;
        this.validator = validator;
    }

    record ActivityTypeBody(String code, String name, boolean providerAdded, boolean retired) {
    }

    record SettingsBody(int amberBelowPercent, int redBelowPercent, List<ActivityTypeBody> activityTypes) {
    }

    record NewActivityType(String name) {
    }

    @GetMapping("/otj-settings")
    SettingsBody settings(CurrentUser user) {
        if (!user.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("Staff only");
        }
        return settingsBody();
    }

    @PutMapping("/otj-settings/thresholds")
    SettingsBody changeThresholds(CurrentUser user, @RequestBody ThresholdsForm body) {
        OtjSettings.requireAdministrator(user);
        FormChecks.require(validator, body);
        settings.changeThresholds(user, body.amber(), body.red());
        return settingsBody();
    }

    @PostMapping("/otj-settings/activity-types")
    ResponseEntity<SettingsBody> addActivityType(CurrentUser user, @RequestBody NewActivityType body) {
        settings.addActivityType(user, body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(settingsBody());
    }

    @PostMapping("/otj-settings/activity-types/{code}/retire")
    SettingsBody retireActivityType(CurrentUser user, @PathVariable String code) {
        settings.retireActivityType(user, code, true);
        return settingsBody();
    }

    private SettingsBody settingsBody() {
        OtjSettings.Settings current = settings.current();
        return new SettingsBody(current.thresholds().amberBelowPercent(), current.thresholds().redBelowPercent(),
                current.activityTypes().stream().map(t -> new ActivityTypeBody(t.code(), t.name(), t.providerAdded(),
                        t.retired())).toList());
    }

    record EntryItem(UUID id, LocalDate date, LocalTime startTime, LocalTime endTime, BigDecimal hours,
            String activityType, String activityName, String description, List<String> ksbs, String evidenceLink,
            boolean hasEvidenceFile, UUID portfolioEvidenceId, String portfolioEvidenceTitle, String source,
            EntryState state, String rejectionReason, String reviewerNote, boolean employerConfirmed, int version) {

        static EntryItem of(Entry e, Map<UUID, PortfolioEvidenceOptions.Option> linked) {
            PortfolioEvidenceOptions.Option evidence = e.portfolioEvidenceId() == null ? null
                    : linked.get(e.portfolioEvidenceId());
            return new EntryItem(e.id(), e.date(), e.startTime(), e.endTime(), new BigDecimal(e.hours()),
                    e.activityType(), e.activityName(), e.description(), e.ksbs(), e.evidenceLink(),
                    e.evidenceFileId() != null, e.portfolioEvidenceId(), evidence == null ? null : evidence.title(),
                    e.source(), e.state(), e.rejectionReason() == null ? null : e.rejectionReason().name(),
                    e.reviewerNote(), e.employerConfirmedAt() != null, e.version());
        }
    }

    private EntryItem item(ApprenticeshipId apprenticeshipId, Entry e) {
        return EntryItem.of(e, entries.linkedEvidence(apprenticeshipId, List.of(e)));
    }

    record EntryList(List<EntryItem> items, int page, int size, long total) {
    }

    record Created(UUID id, List<String> warnings) {
    }

    record Review(String reason, String note) {
    }

    record Bulk(List<UUID> entryIds) {
    }

    record Approved(int approved) {
    }

    /**
     * Every field always present: minimumHours is null (unknown, never zero) when the standard version's minimum is
     * not recorded, and plannedHours and expectedToDateHours are null while the planned hours are not known; status
     * is then UNKNOWN rather than GREEN, and warnings say what is missing.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Summary(BigDecimal minimumHours, BigDecimal plannedHours, BigDecimal expectedToDateHours,
            BigDecimal approvedHours, BigDecimal pendingHours, BigDecimal forecastHours, String status,
            List<String> explanations, boolean activeLearningFlag, List<String> warnings) {
    }

    @PostMapping("/apprenticeships/{id}/otj-entries")
    ResponseEntity<Created> log(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody EntryForm request) {
        entries.requireLogger(user, id);
        FormChecks.require(validator, request);
        OtjEntries.Logged logged = entries.log(user, id, request.draft(), null);
        return ResponseEntity.created(URI.create("/api/v1/apprenticeships/" + id + "/otj-entries/" + logged.id()))
                .body(new Created(logged.id(), logged.warnings()));
    }

    @GetMapping("/apprenticeships/{id}/otj-entries")
    EntryList list(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size, @RequestParam(required = false) EntryState state) {
        if (page < 0) {
            throw new FieldValidationException("page", "The page must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw new FieldValidationException("size", "The size must be from 1 to 100");
        }
        List<Entry> shown = entries.page(user, id, state, page, size);
        Map<UUID, PortfolioEvidenceOptions.Option> linked = entries.linkedEvidence(id, shown);
        List<EntryItem> items = shown.stream().map(e -> EntryItem.of(e, linked)).toList();
        return new EntryList(items, page, size, entries.count(user, id, state));
    }

    @GetMapping("/apprenticeships/{id}/otj-entries/{entryId}")
    EntryItem one(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId) {
        return item(id, entries.entry(user, id, entryId));
    }

    /** Changes an entry; {@code resubmit: true} sends a rejected or queried one back for approval. */
    @PutMapping("/apprenticeships/{id}/otj-entries/{entryId}")
    EntryItem change(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId,
            @RequestBody EntryForm request) {
        entries.requireLogger(user, id);
        FormChecks.require(validator, request);
        if (request.version() == null) {
            throw new FieldValidationException("version", "Send the version of the entry you changed");
        }
        entries.edit(user, id, entryId, request.version(), request.draft(), Boolean.TRUE.equals(request.resubmit()));
        return item(id, entries.entry(user, id, entryId));
    }

    @PostMapping("/apprenticeships/{id}/otj-entries/{entryId}/approve")
    EntryItem approve(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId) {
        entries.approve(user, id, entryId);
        return item(id, entries.entry(user, id, entryId));
    }

    /** Reasons: NOT_OFF_THE_JOB, NOT_ENOUGH_DETAIL, DUPLICATE, OUTSIDE_WORKING_HOURS, OTHER (with a note). */
    @PostMapping("/apprenticeships/{id}/otj-entries/{entryId}/reject")
    EntryItem reject(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId,
            @RequestBody Review review) {
        entries.reject(user, id, entryId, review.reason(), review.note());
        return item(id, entries.entry(user, id, entryId));
    }

    @PostMapping("/apprenticeships/{id}/otj-entries/{entryId}/ask-for-detail")
    EntryItem askForDetail(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId,
            @RequestBody Review review) {
        entries.askForDetail(user, id, entryId, review.note());
        return item(id, entries.entry(user, id, entryId));
    }

    @PostMapping("/apprenticeships/{id}/otj-entries/{entryId}/confirm")
    EntryItem confirm(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID entryId) {
        entries.confirmByEmployer(user, id, entryId);
        return item(id, entries.entry(user, id, entryId));
    }

    @PostMapping("/otj-entries/approve")
    Approved approveAll(CurrentUser user, @RequestBody Bulk bulk) {
        if (bulk.entryIds() == null || bulk.entryIds().isEmpty()) {
            throw new FieldValidationException("entryIds", "Choose the entries to approve");
        }
        return new Approved(entries.approveAll(user, bulk.entryIds()));
    }

    record Confirmed(int confirmed) {
    }

    record AwaitingConfirmation(List<PaceReports.PendingEntry> items, int page, int size, long total) {
    }

    /** The entries of the employer's apprentices waiting for their confirmation, oldest first (employers). */
    @GetMapping("/otj-entries/awaiting-employer-confirmation")
    AwaitingConfirmation awaitingConfirmation(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        if (!user.has(waypoint.identity.Role.EMPLOYER_CONTACT)) {
            throw new org.springframework.security.access.AccessDeniedException("Only employers confirm hours");
        }
        if (page < 0) {
            throw new FieldValidationException("page", "The page must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw new FieldValidationException("size", "The size must be from 1 to 100");
        }
        var found = pace.awaitingEmployer(user, page, size);
        return new AwaitingConfirmation(found.items(), found.number(), found.size(), found.total());
    }

    /** The employer confirms the chosen entries at once; entries of someone else's apprentices refuse all (403). */
    @PostMapping("/otj-entries/confirm")
    Confirmed confirmAll(CurrentUser user, @RequestBody Bulk bulk) {
        if (bulk.entryIds() == null || bulk.entryIds().isEmpty()) {
            throw new FieldValidationException("entryIds", "Choose the entries to confirm");
        }
        return new Confirmed(entries.confirmAllByEmployer(user, bulk.entryIds()));
    }

    @GetMapping("/apprenticeships/{id}/otj-summary")
    Summary summary(CurrentUser user, @PathVariable ApprenticeshipId id) {
        PaceReports.PaceView view = pace.pace(user, id);
        Pace p = view.pace();
        return new Summary(p.minimumHours().orElse(null), p.plannedHours().orElse(null),
                p.expectedToDateIfKnown().orElse(null),
                p.approvedHours(), p.pendingHours(), p.forecastHours(), p.status().name(), p.explanations(),
                view.activeLearningFlag(), p.warnings());
    }

    @ExceptionHandler(EntryRefusedException.class)
    ProblemDetail refused(EntryRefusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Not allowed in this state");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this entry at the same time: read it again and repeat your change.");
        problem.setTitle("Changed meanwhile");
        return problem;
    }
}
