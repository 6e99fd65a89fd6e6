package waypoint.epa.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import waypoint.enrolment.ApprenticeshipChangeRefused;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.epa.internal.EpaPolicy;
import waypoint.epa.internal.EpaRefusedException;
import waypoint.epa.internal.ReadinessDashboard;
import waypoint.epa.internal.AssessmentService;
import waypoint.epa.internal.EpaAppeals;
import waypoint.epa.internal.CompletionService;
import waypoint.epa.internal.EpaService;
import waypoint.epa.internal.GatewayService;
import waypoint.epa.internal.EpaService.EpaView;
import waypoint.epa.internal.EpaSettings;
import waypoint.epa.internal.EpaSettingsService;
import waypoint.epa.internal.GatewayChecklist;
import waypoint.epa.web.EpaForms.AppealForm;
import waypoint.epa.web.EpaForms.AttemptForm;
import waypoint.epa.web.EpaForms.BookingForm;
import waypoint.epa.web.EpaForms.CertificateForm;
import waypoint.epa.web.EpaForms.CompletionForm;
import waypoint.epa.web.EpaForms.CorrectionForm;
import waypoint.epa.web.EpaForms.MeetingForm;
import waypoint.epa.web.EpaForms.ProgressionForm;
import waypoint.epa.web.EpaForms.ReadinessForm;
import waypoint.epa.web.EpaForms.ResultForm;
import waypoint.epa.web.EpaForms.RevisedGradeForm;
import waypoint.epa.web.EpaForms.SettingsForm;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;

/**
 * The gateway, the end-point assessment and the completion over HTTP (docs/domain/gateway-and-epa.md), with the same rules as the pages:
 * the service authorises every call. Bad input answers 400 with field errors; a step the EPA table or the
 * apprenticeship lifecycle refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1")
class EpaApi {

    private final EpaService epa;
    private final GatewayService gateway;
    private final AssessmentService assessment;
    private final EpaAppeals appeals;
    private final CompletionService completion;
    private final ReadinessDashboard reports;
    private final EpaSettingsService settings;
    private final EpaPolicy policy;
    private final Validator validator;

    EpaApi(EpaService epa, GatewayService gateway, AssessmentService assessment, EpaAppeals appeals,
            CompletionService completion,
            ReadinessDashboard reports, EpaSettingsService settings, EpaPolicy policy, Validator validator) {
        this.settings = settings;
        this.policy = policy;
        this.validator = validator;
        this.epa = epa;
        this.gateway = gateway;
        this.assessment = assessment;
        this.appeals = appeals;
        this.completion = completion;
        this.reports = reports;
    }

    record MethodResult(String method, List<String> grades, String grade, int attempts, LocalDate assessedOn) {
    }

    record BookingEntry(UUID id, String method, UUID epaoId, String epao, Instant startsAt, String place,
            String assessor, String adjustments, int attempt) {
    }

    /**
     * An appeal with who lodged it ({@code APPRENTICE} or {@code EMPLOYER}, named), its feedback case, the outcome
     * once the case closed, and the EPAO's revised grade if upheld.
     */
    record AppealEntry(UUID id, String method, String epao, String appealedGrade, LocalDate lodgedOn, String reason,
            UUID feedbackId, String feedbackReference, String outcome, LocalDate decidedOn, String revisedGrade,
            LocalDate revisedOn, String lodgedBy, String lodgedByName) {
    }

    record Completion(LocalDate actualEndDate, LocalDate achievementDate, LocalDate certificateRequestedOn,
            LocalDate certificateReceivedOn, String progression, String progressionNotes,
            LocalDate progressionHeldOn) {
    }

    /** Whether the gateway is passed (a booking, a result and a completion need it), and what is still needed. */
    record Gateway(boolean passed, List<String> stillNeeded) {

        static Gateway of(EpaView v) {
            var gateway = v.gateway();
            return new Gateway(gateway.passed(), gateway.missing());
        }
    }

    record Epa(ApprenticeshipId apprenticeshipId, String status, String stage, Gateway gateway, String grading,
            List<MethodResult> methods, @JsonInclude(JsonInclude.Include.ALWAYS) String overallGrade,
            List<BookingEntry> bookings, List<AppealEntry> appeals, Completion completion) {

        static Epa of(EpaView v) {
            var r = v.record();
            return new Epa(v.apprenticeship().id(), v.apprenticeship().status().name(), r.stage().name(),
                    Gateway.of(v),
                    v.standard().map(s -> s.grading().basis().name()).orElse(null),
                    v.results().stream().map(c -> new MethodResult(c.name(), c.grades(), c.grade(),
                            c.attempts().size(), c.latest().map(x -> x.assessedOn()).orElse(null))).toList(),
                    v.overallGrade(),
                    v.bookings().stream().map(b -> new BookingEntry(b.id(), b.method(), b.epaoId(), b.epaoName(),
                            b.startsAt(), b.place(), b.assessor(), b.adjustments(), b.attempt())).toList(),
                    v.appeals().stream().map(x -> new AppealEntry(x.id(), x.component(), x.epaoName(),
                            x.appealedGrade(), x.lodgedOn(), x.reason(), x.feedbackId(), x.feedbackReference(),
                            x.outcome(), x.decidedOn(), x.revisedGrade(), x.revisedOn(), x.lodgedBy(),
                            x.lodgedByName())).toList(),
                    new Completion(r.actualEndDate(), r.achievementDate(), r.certificateRequestedOn(),
                            r.certificateReceivedOn(), r.progressionKind(), r.progressionNotes(),
                            r.progressionHeldOn()));
        }
    }

    @GetMapping("/apprenticeships/{id}/epa")
    Epa epa(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return Epa.of(epa.view(user, id));
    }

    @PostMapping("/apprenticeships/{id}/epa/results")
    Epa result(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody ResultForm r) {
        checked(user, id, r);
        assessment.recordResult(user, id, r.method(), r.grade(), r.on());
        return epa(user, id);
    }

    /** One attempt at a component: {@code markedBy} is {@code PROVIDER} (with the marker's name) or the organisation's. */
    record AttemptEntry(int attempt, String grade, LocalDate assessedOn, String markedBy, String marker,
            UUID bookingId) {
    }

    /**
     * A component of a reformed apprenticeship assessment: when it is taken ({@code ON_PROGRAMME} or {@code
     * AFTER_GATEWAY}), who marks it, the attempts allowed and made, its state in the component table and its final
     * grade once it has one.
     */
    record ComponentEntry(String component, String window, String markedBy, int attemptsAllowed, List<String> grades,
            String state, @JsonInclude(JsonInclude.Include.ALWAYS) String finalGrade, List<AttemptEntry> attempts) {
    }

    /**
     * The apprenticeship assessment of a reformed plan (docs/domain/assessment-reform.md): its components, the overall
     * grade (none until every component has a final grade) and the components still without one.
     */
    record Components(ApprenticeshipId apprenticeshipId, String stage, boolean reformed,
            List<ComponentEntry> components,
            @JsonInclude(JsonInclude.Include.ALWAYS) String overallGrade, List<String> stillWithoutAFinalGrade) {

        static Components of(EpaView v) {
            return new Components(v.apprenticeship().id(), v.record().stage().name(), v.reformed(),
                    v.reform().map(r -> r.components().stream().map(c -> new ComponentEntry(c.name(),
                            c.component().window().name(), c.component().markedBy().name(),
                            c.component().attemptsAllowed(), c.grades(), c.state().name(),
                            c.finalGrade().orElse(null), c.attempts().stream().map(x -> new AttemptEntry(x.attempt(),
                                    x.grade(), x.assessedOn(), x.markedByProvider() ? "PROVIDER"
                                            : "ASSESSMENT_ORGANISATION", x.markerName(), x.bookingId())).toList()))
                            .toList()).orElse(List.of()),
                    v.overallGrade(), v.reform().map(r -> r.missing()).orElse(List.of()));
        }
    }

    @GetMapping("/apprenticeships/{id}/epa/components")
    Components components(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return Components.of(epa.view(user, id));
    }

    /**
     * An attempt at a component ({@code marker}: the provider's marker, for a component the provider marks); 400
     * with field errors for bad input, 409 when the plan or the stage refuses it.
     */
    @PostMapping("/apprenticeships/{id}/epa/components/attempts")
    Components attempt(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody AttemptForm r) {
        checked(user, id, r);
        assessment.recordComponentAttempt(user, id, r.component(), r.grade(), r.on(), r.markedBy());
        return components(user, id);
    }

    @PostMapping("/apprenticeships/{id}/epa/bookings")
    Epa book(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody BookingForm r) {
        assessment.book(user, id, checked(user, id, r.offering(assessable(user, id).methods())).request());
        return epa(user, id);
    }

    /**
     * Records the appeal and raises it as an assessment appeal in feedback (its case is in the answer's appeals).
     * {@code epaoId} only when the method was not booked here (the EPAO is otherwise the booking's);
     * {@code appellant}: who is appealing, {@code APPRENTICE} (when left out) or {@code EMPLOYER} (the line manager).
     */
    @PostMapping("/apprenticeships/{id}/epa/appeals")
    Epa appeal(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody AppealForm typed) {
        AppealForm r = checked(user, id, typed.against(EpaAppeals.appealable(assessable(user, id))));
        appeals.appeal(user, id, r.method(), r.lodged(), r.reason().strip(), r.epao(), r.byEmployer());
        return epa(user, id);
    }

    /** The EPAO's revised grade after the appeal's feedback case closed as upheld; 409 otherwise. */
    @PostMapping("/apprenticeships/{id}/epa/appeals/{appealId}/revised-grade")
    Epa revisedGrade(CurrentUser user, @PathVariable ApprenticeshipId id, @PathVariable UUID appealId,
            @RequestBody RevisedGradeForm r) {
        checked(user, id, r);
        appeals.reviseGrade(user, id, appealId, r.grade(), r.on());
        return epa(user, id);
    }

    @PostMapping("/apprenticeships/{id}/epa/completion")
    Epa complete(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody CompletionForm r) {
        checked(user, id, r);
        completion.complete(user, id, r.actualEnd(), r.achieved());
        return epa(user, id);
    }

    /** A wrong completion corrected by the person signed in, with the reason (kept in the audit trail). */
    @PostMapping("/apprenticeships/{id}/epa/completion/correction")
    Epa correctCompletion(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody CorrectionForm r) {
        checked(user, id, r);
        completion.correctCompletion(user, id, r.dates().actualEnd(), r.dates().achieved(), r.reason().strip());
        return epa(user, id);
    }

    @PostMapping("/apprenticeships/{id}/epa/certificate")
    Epa certificate(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody CertificateForm r) {
        checked(user, id, r);
        completion.certificate(user, id, r.requested(), r.received());
        return epa(user, id);
    }

    @PostMapping("/apprenticeships/{id}/epa/progression")
    Epa progression(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody ProgressionForm r) {
        checked(user, id, r);
        completion.progression(user, id, r.progression(), r.written(), r.held());
        return epa(user, id);
    }

    /** Why the apprenticeship is on the readiness dashboard early: who asked, when, why. */
    record ReadinessRequestEntry(String reason, String requestedBy, Instant requestedAt) {
    }

    record Checklist(ApprenticeshipId apprenticeshipId, String stage, boolean complete,
            List<GatewayChecklist.Item> items,
            String meetingDecision, LocalDate meetingHeldOn, List<String> signedBy, Gateway gateway,
            @JsonInclude(JsonInclude.Include.ALWAYS) ReadinessRequestEntry readinessRequest) {
    }

    @GetMapping("/apprenticeships/{id}/gateway")
    Checklist gateway(CurrentUser user, @PathVariable ApprenticeshipId id) {
        EpaView v = epa.view(user, id);
        return new Checklist(id, v.record().stage().name(), v.checklistComplete(), v.checklist(),
                v.record().meetingDecision(), v.record().meetingHeldOn(),
                v.signatures().stream().map(s -> s.party()).toList(), Gateway.of(v), v.readinessRequest()
                        .map(r -> new ReadinessRequestEntry(r.reason(), r.requestedByName(), r.requestedAt()))
                        .orElse(null));
    }

    /** Adds the apprenticeship to the readiness dashboard before its last three months, saying why. */
    @PostMapping("/apprenticeships/{id}/gateway/readiness-request")
    Checklist requestReadiness(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody ReadinessForm r) {
        epa.requestReadiness(user, id, checked(user, id, r).why());
        return gateway(user, id);
    }

    @DeleteMapping("/apprenticeships/{id}/gateway/readiness-request")
    Checklist removeReadinessRequest(CurrentUser user, @PathVariable ApprenticeshipId id) {
        epa.removeReadinessRequest(user, id);
        return gateway(user, id);
    }

    record ConfirmRequest(String item, String evidence) {
    }

    @PostMapping("/apprenticeships/{id}/gateway/confirmations")
    Checklist confirm(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody ConfirmRequest r) {
        gateway.confirm(user, id, r.item(), r.evidence());
        return gateway(user, id);
    }

    record WaiveRequest(String item, String reason) {
    }

    /** An item that is not met waived by the person signed in, with the reason (kept in the audit trail). */
    @PostMapping("/apprenticeships/{id}/gateway/waivers")
    Checklist waive(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody WaiveRequest r) {
        gateway.waive(user, id, r.item(), r.reason());
        return gateway(user, id);
    }

    @PostMapping("/apprenticeships/{id}/gateway/meeting")
    Checklist meeting(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody MeetingForm m,
            HttpServletRequest http) {
        gateway.holdMeeting(user, id, checked(user, id, m).meeting(), http.getRemoteAddr());
        return gateway(user, id);
    }

    record SignRequest(String fullName) {
    }

    @PostMapping("/apprenticeships/{id}/gateway/meeting/signatures")
    Checklist sign(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody SignRequest r,
            HttpServletRequest http) {
        gateway.signMeeting(user, id, r.fullName(), http.getRemoteAddr());
        return gateway(user, id);
    }

    /**
     * One row of the readiness dashboard; {@code onProgrammeComponents} says where the components taken during the
     * programme stand on a reformed plan (docs/domain/assessment-reform.md), as on the apprentice's gateway, and is
     * null when the plan has none.
     */
    record ReadinessEntry(ApprenticeshipId apprenticeshipId, String learnerName, String standard,
            LocalDate plannedEndDate,
            List<String> missing, String why, boolean requestedEarly, String onProgrammeComponents) {
    }

    @GetMapping("/epa/readiness")
    Map<String, Object> readiness(CurrentUser user, @RequestParam(defaultValue = "0") int page) {
        PageOf<ReadinessDashboard.ReadinessLine> lines = reports.readiness(user, page);
        return Map.of("page", lines.number(), "total", lines.total(), "items", lines.items().stream()
                .map(l -> new ReadinessEntry(l.apprenticeship().id(), l.apprenticeship().learnerName(),
                        l.apprenticeship().standardLabel(), l.apprenticeship().plannedEndDate(),
                        l.missing().stream().map(GatewayChecklist.Item::description).toList(), l.why(),
                        l.request() != null, l.onProgrammeWords().orElse(null))).toList());
    }

    @GetMapping("/epa/settings")
    EpaSettings settings(CurrentUser user) {
        return settings.settings(user);
    }

    /** Both figures as whole numbers; {@code version} as read (a stale one answers 409). */
    @PutMapping("/epa/settings")
    EpaSettings changeSettings(CurrentUser user, @RequestBody SettingsForm r) {
        settings.settings(user);
        FormChecks.require(validator, r);
        settings.change(user, r.attempts(), r.window(), r.version());
        return settings.settings(user);
    }

    /** The form of someone who may manage the apprenticeship's gateway and EPA, checked. */
    private <F> F checked(CurrentUser user, ApprenticeshipId id, F form) {
        return EpaForms.checked(policy, validator, user, id, form);
    }

    /** The record a form is checked against, for who may manage it: refused first when it has no assessment. */
    private EpaView assessable(CurrentUser user, ApprenticeshipId id) {
        policy.manageable(user, id);
        EpaView view = epa.view(user, id);
        view.requireEndPointAssessment();
        return view;
    }

    @ExceptionHandler({EpaRefusedException.class, ApprenticeshipChangeRefused.class,
            OptimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                refused instanceof OptimisticLockingFailureException
                        ? "Someone else changed the record since it was read: read it again" : refused.getMessage());
        problem.setTitle("Not allowed now");
        return problem;
    }
}
