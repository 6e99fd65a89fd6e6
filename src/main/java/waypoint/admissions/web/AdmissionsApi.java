package waypoint.admissions.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import waypoint.admissions.internal.Admission;
import waypoint.admissions.internal.AdmissionBoard;
import waypoint.admissions.internal.AdmissionRefused;
import waypoint.admissions.internal.AdmissionState;
import waypoint.admissions.internal.Admissions;
import waypoint.admissions.internal.Cohort;
import waypoint.admissions.internal.Cohorts;
import waypoint.admissions.internal.TriageAction;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.organisation.Funding;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/**
 * The triage board and cohorts over HTTP for staff (docs/domain/api.md), with the same services and rules as the
 * pages: a step the triage table does not allow, or a full cohort, answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1")
class AdmissionsApi {

    private final AdmissionBoard board;
    private final Admissions admissions;
    private final Cohorts cohorts;

    AdmissionsApi(AdmissionBoard board, Admissions admissions, Cohorts cohorts) {
        this.board = board;
        this.admissions = admissions;
        this.cohorts = cohorts;
    }

    record Entry(UUID id, String reference, String kind, String state, String name, String employerName,
            String course, String cohort, String owner, LocalDate received) {

        static Entry of(AdmissionBoard.Row r) {
            return new Entry(r.id(), r.reference(), r.kind().name(), r.state().name(), r.name(), r.employerName(),
                    r.courseReference(), r.cohortName(), r.ownerName(), r.received());
        }
    }

    record Detail(UUID id, String reference, String kind, String state, String givenNames, String familyName,
            String email, String phone, String employerName, String message, LocalDate dateOfBirth, String postcode,
            String uln, String lineManagerName, String lineManagerEmail, String englishHeld, String mathsHeld,
            String source, String course, UUID cohortId, String owner, String notEligibleReason,
            String withdrawnReason, UUID learnerId, ApprenticeshipId apprenticeshipId, Instant receivedAt,
            List<String> next, List<NoteEntry> notes) {
    }

    record NoteEntry(String author, String body, Instant writtenAt) {
    }

    record StepRequest(String reason) {
    }

    record OwnerRequest(UUID ownerStaffId) {
    }

    record NoteRequest(String body) {
    }

    record AcceptRequest(String employerAgreedBy, LocalDate employerAgreedOn, LocalDate plannedEndDate,
            BigDecimal weeklyHours, String uln, Funding newEmployerFunding) {
    }

    record Accepted(UUID learnerId, ApprenticeshipId apprenticeshipId, boolean learnerExisted) {
    }

    /** @param groupSessionTimes when and where each group session is held; null until staff say */
    record CohortEntry(UUID id, String name, String course, LocalDate startDate, int capacity, int placesLeft,
            String tutor, String deliveryPattern, List<Cohort.PlannedSession> sessions,
            Cohort.SessionTimes groupSessionTimes) {
    }

    /** When and where the cohort's group sessions are held: a time like 10:00, a length in minutes, a place or link. */
    record GroupSessionsRequest(String time, Integer minutes, String place) {
    }

    record CohortDetail(CohortEntry cohort, List<Cohorts.Member> members) {
    }

    record CohortRequest(UUID courseId, String name, LocalDate startDate, Integer capacity, UUID tutorStaffId,
            String deliveryPattern, List<Cohort.PlannedSession> sessions) {
    }

    @GetMapping("/enquiries")
    PageOf<Entry> enquiries(CurrentUser user, @RequestParam(required = false) AdmissionState state,
            @RequestParam(required = false) UUID course, @RequestParam(required = false) UUID owner,
            @RequestParam(defaultValue = "0") int page) {
        return list(user, Admission.Kind.ENQUIRY, state, course, owner, page);
    }

    @GetMapping("/applications")
    PageOf<Entry> applications(CurrentUser user, @RequestParam(required = false) AdmissionState state,
            @RequestParam(required = false) UUID course, @RequestParam(required = false) UUID owner,
            @RequestParam(defaultValue = "0") int page) {
        return list(user, Admission.Kind.APPLICATION, state, course, owner, page);
    }

    private PageOf<Entry> list(CurrentUser user, Admission.Kind kind, AdmissionState state, UUID course, UUID owner,
            int page) {
        PageOf<AdmissionBoard.Row> rows = board.page(user, new AdmissionBoard.Filter(state, course, owner, kind),
                Math.max(0, page), PageOf.DEFAULT_SIZE);
        return new PageOf<>(rows.items().stream().map(Entry::of).toList(), rows.number(), rows.size(),
                rows.total());
    }

    @GetMapping({"/enquiries/{id}", "/applications/{id}"})
    Detail detail(CurrentUser user, @PathVariable UUID id) {
        AdmissionBoard.Detail d = board.detail(user, id);
        Admission a = d.admission();
        var p = a.person();
        return new Detail(a.id(), a.reference(), a.kind().name(), a.state().name(), p.givenNames(), p.familyName(),
                p.email(), p.phone(), p.employerName(), p.message(), p.dateOfBirth(), p.postcode(), p.uln(),
                p.lineManagerName(), p.lineManagerEmail(), p.englishHeld(), p.mathsHeld(), p.source(),
                d.course().standardReference(), a.cohortId(), d.ownerName().orElse(null), a.notEligibleReason(),
                a.withdrawnReason(), a.learnerId(), a.apprenticeshipId(), a.receivedAt(),
                d.actions().stream().map(TriageAction::slug).toList(),
                d.notes().stream().map(n -> new NoteEntry(n.authorName(), n.body(), n.writtenAt())).toList());
    }

    /** A triage step, named as in "next" (for example {@code find-not-eligible}). */
    @PostMapping({"/enquiries/{id}/steps/{action}", "/applications/{id}/steps/{action}"})
    Detail step(CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            @RequestBody(required = false) StepRequest request) {
        TriageAction chosen = TriageAction.ofSlug(action)
                .orElseThrow(() -> new FieldValidationException("action", "There is no step called " + action));
        admissions.step(user, id, chosen, request == null ? null : request.reason());
        return detail(user, id);
    }

    @PutMapping({"/enquiries/{id}/owner", "/applications/{id}/owner"})
    Detail owner(CurrentUser user, @PathVariable UUID id, @RequestBody OwnerRequest request) {
        admissions.assign(user, id, request.ownerStaffId());
        return detail(user, id);
    }

    @PostMapping({"/enquiries/{id}/notes", "/applications/{id}/notes"})
    ResponseEntity<Detail> note(CurrentUser user, @PathVariable UUID id, @RequestBody NoteRequest request) {
        admissions.note(user, id, request.body());
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(user, id));
    }

    @PostMapping("/applications/{id}/accept")
    ResponseEntity<Accepted> accept(CurrentUser user, @PathVariable UUID id, @RequestBody AcceptRequest r) {
        Admissions.Accepted done = admissions.accept(user, id, new Admissions.Acceptance(r.employerAgreedBy(),
                r.employerAgreedOn(), r.plannedEndDate(), r.weeklyHours(), r.uln(), r.newEmployerFunding()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Accepted(done.learnerId(), done.apprenticeshipId(), done.learnerExisted()));
    }

    @GetMapping("/cohorts")
    List<CohortEntry> cohorts(CurrentUser user) {
        return cohorts.list(user).stream().map(r -> entry(r.cohort(), r.course().standardReference(), r.tutorName()))
                .toList();
    }

    @GetMapping("/cohorts/{id}")
    CohortDetail cohort(CurrentUser user, @PathVariable UUID id) {
        Cohorts.CohortPage page = cohorts.page(user, id);
        return new CohortDetail(entry(page.cohort(), page.course().standardReference(), page.tutorName()),
                page.members());
    }

    @PostMapping("/cohorts")
    ResponseEntity<CohortDetail> plan(CurrentUser user, @RequestBody CohortRequest r) {
        Cohort planned = cohorts.plan(user, new Cohorts.Plan(r.courseId(), r.name(), r.startDate(), r.capacity(),
                r.tutorStaffId(), r.deliveryPattern(), r.sessions() == null ? List.of() : r.sessions()));
        return ResponseEntity.status(HttpStatus.CREATED).body(cohort(user, planned.id()));
    }

    /**
     * Says when and where the cohort's group sessions are held; those still to come are then scheduled for its
     * apprentices, and for each accepted later.
     */
    @PutMapping("/cohorts/{id}/group-sessions")
    CohortDetail holdGroupSessions(CurrentUser user, @PathVariable UUID id, @RequestBody GroupSessionsRequest r) {
        cohorts.holdGroupSessions(user, id, r.time(), r.minutes() == null ? null : String.valueOf(r.minutes()),
                r.place());
        return cohort(user, id);
    }

    private static CohortEntry entry(Cohort c, String course, String tutor) {
        return new CohortEntry(c.id(), c.name(), course, c.startDate(), c.capacity(), c.placesLeft(), tutor,
                c.deliveryPattern(), c.sessions(), c.sessionTimes().orElse(null));
    }

    @ExceptionHandler(AdmissionRefused.class)
    ResponseEntity<ProblemDetail> refused(AdmissionRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Not allowed now");
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static NotFoundException notFound() {
        return new NotFoundException("Enquiry or application");
    }
}
