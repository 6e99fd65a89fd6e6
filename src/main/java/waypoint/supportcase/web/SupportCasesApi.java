package waypoint.supportcase.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;
import waypoint.supportcase.AtRiskSignal;
import waypoint.supportcase.AtRiskThresholds;
import waypoint.supportcase.internal.AtRiskIndicators;
import waypoint.supportcase.internal.FormalStages;
import waypoint.supportcase.internal.SupportAppeals;
import waypoint.supportcase.internal.SupportCasePolicy;
import waypoint.supportcase.internal.Interventions;
import waypoint.supportcase.web.CaseForms.AppealForm;
import waypoint.supportcase.web.CaseForms.EmployerForm;
import waypoint.supportcase.web.CaseForms.OpenForm;
import waypoint.supportcase.web.CaseForms.OtherPolicyForm;
import waypoint.supportcase.web.CaseForms.PartnerForm;
import waypoint.supportcase.web.CaseForms.RecommendationForm;
import waypoint.supportcase.web.CaseForms.Stage3Form;
import waypoint.supportcase.web.CaseForms.StepForm;
import waypoint.supportcase.web.InterventionForms.InterventionForm;
import waypoint.supportcase.web.InterventionForms.OutcomeForm;
import waypoint.supportcase.internal.Records;
import waypoint.supportcase.internal.StageTable;
import waypoint.supportcase.internal.SupportCaseRefused;
import waypoint.supportcase.internal.SupportCaseStore;
import waypoint.supportcase.internal.SupportCaseViews;
import waypoint.supportcase.internal.SupportCases;
import waypoint.supportcase.internal.SupportSettings;
import waypoint.supportcase.internal.SupportStage;

/**
 * Support cases over HTTP, with the same rules as the pages: the service authorises every call, and a
 * step the policy does not allow now answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1")
class SupportCasesApi {

    private final SupportCases cases;
    private final SupportCasePolicy policy;
    private final FormalStages formal;
    private final SupportAppeals appeals;
    private final SupportCaseViews views;
    private final SupportCaseStore store;
    private final AtRiskIndicators indicators;
    private final Interventions interventions;
    private final SupportSettings settings;
    private final ApprenticeshipAccess access;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    SupportCasesApi(SupportCases cases, SupportCasePolicy policy, FormalStages formal, SupportAppeals appeals,
            SupportCaseViews views, SupportCaseStore store, AtRiskIndicators indicators,
            Interventions interventions, SupportSettings settings, ApprenticeshipAccess access,
            ApplicationEventPublisher events, Validator validator) {
        this.validator = validator;
        this.cases = cases;
        this.policy = policy;
        this.formal = formal;
        this.appeals = appeals;
        this.views = views;
        this.store = store;
        this.indicators = indicators;
        this.interventions = interventions;
        this.settings = settings;
        this.access = access;
        this.events = events;
    }

    record CaseEntry(UUID id, ApprenticeshipId apprenticeshipId, String learnerName, String stage, String stageWords,
            String kind,
            String reason, Instant openedAt, Instant updatedAt, int version, LocalDate appealDeadline,
            LocalDate appealReceivedOn, String appealDecision, String otherPolicy, String employerChoice,
            String employerActions) {

        static CaseEntry of(Records.CaseRow c, String learnerName) {
            return new CaseEntry(c.id(), c.apprenticeshipId(), learnerName, c.stage().name(), c.stage().words(),
                    c.kind(), c.reason(), c.openedAt(), c.updatedAt(), c.version(), c.appealDeadline(),
                    c.appealReceivedOn(), c.appealDecision(), c.otherPolicy(), c.employerChoice(),
                    c.employerActions());
        }
    }

    record NextEntry(String action, String words, String who, String blockedBecause) {
    }

    record CaseDetail(CaseEntry supportCase, List<String> needed, List<String> expectedOfYou, List<NextEntry> next,
            List<NextEntry> notYet, List<Records.EventRow> timeline, List<Records.ActionRow> actions) {
    }

    @PostMapping("/apprenticeships/{id}/support-cases")
    ResponseEntity<CaseDetail> open(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody OpenRequest request) {
        OpenForm form = new OpenForm(request.stage() == null ? null : String.valueOf(request.stage()),
                request.kind(), request.reason());
        cases.requireOpen(user, id, form.stage());
        FormChecks.require(validator, form);
        UUID caseId = cases.open(user, id, form.stageNumber(), form.kind(), form.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(user, caseId));
    }

    record OpenRequest(Integer stage, String kind, String reason) {
    }

    @GetMapping("/apprenticeships/{id}/support-cases")
    List<CaseEntry> ofApprenticeship(CurrentUser user, @PathVariable ApprenticeshipId id) {
        var a = policy.requireView(user, id);
        return store.ofApprenticeship(id).stream().map(c -> CaseEntry.of(c, a.learnerName())).toList();
    }

    @GetMapping("/support-cases/{id}")
    CaseDetail detail(CurrentUser user, @PathVariable UUID id) {
        SupportCaseViews.CaseView v = views.view(user, id);
        return new CaseDetail(CaseEntry.of(v.c(), v.a().learnerName()), v.needed(), v.expectedOfYou(),
                v.next().stream().map(SupportCasesApi::entry).toList(),
                v.notYet().stream().map(SupportCasesApi::entry).toList(), v.timeline(), v.actions());
    }

    private static NextEntry entry(SupportCaseViews.Next n) {
        return new NextEntry(path(n.action()), n.words(), n.who(), n.blockedBecause());
    }

    static String path(StageTable.Action action) {
        return action.name().toLowerCase().replace('_', '-');
    }

    @GetMapping("/support-cases/{id}/meetings")
    List<Records.MeetingRow> meetings(CurrentUser user, @PathVariable UUID id) {
        return views.view(user, id).meetings();
    }

    @PostMapping("/support-cases/{id}/meetings")
    ResponseEntity<List<Records.MeetingRow>> meeting(CurrentUser user, @PathVariable UUID id,
            @RequestBody MeetingForm r) {
        formal.requireMeeting(user, id);
        FormChecks.require(validator, r);
        formal.holdMeeting(user, id, r.version(), r.input());
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings(user, id));
    }

    @GetMapping("/support-cases/{id}/recommendations")
    List<Records.RecommendationRow> recommendations(CurrentUser user, @PathVariable UUID id) {
        return views.view(user, id).recommendations();
    }

    @PostMapping("/support-cases/{id}/recommendations")
    ResponseEntity<List<Records.RecommendationRow>> recommend(CurrentUser user, @PathVariable UUID id,
            @RequestBody RecommendationForm r) {
        formal.requireRecommendation(user, id);
        FormChecks.require(validator, r);
        formal.recommend(user, id, r.version(), r.chosen(), r.reasons().strip(), r.earlyReason());
        return ResponseEntity.status(HttpStatus.CREATED).body(recommendations(user, id));
    }

    @GetMapping("/support-cases/{id}/emails")
    List<Records.EmailRow> emails(CurrentUser user, @PathVariable UUID id) {
        return views.view(user, id).emails();
    }

    @PostMapping("/support-cases/{id}/stage-3")
    CaseDetail stage3(CurrentUser user, @PathVariable UUID id, @RequestBody Stage3Form r) {
        formal.requireStage3(user, id);
        FormChecks.require(validator, r);
        formal.startStage3(user, id, r.version(), r.startedOn(), r.supportSoFar().strip(), r.reasons().strip(),
                r.actionInputs(), r.plan());
        return detail(user, id);
    }

    /** A stage change or other step of the table, named as in “next” (for example {@code start-stage-4}). */
    @PostMapping("/support-cases/{id}/actions/{action}")
    CaseDetail step(CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            @RequestBody(required = false) StepRequest r) {
        StageTable.Action parsed;
        try {
            parsed = StageTable.Action.valueOf(action.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new FieldValidationException("action", "There is no step called " + action);
        }
        StepRequest in = r == null ? new StepRequest(null, null, null, null, null) : r;
        StepForm form = new StepForm(parsed.name(), in.version(), in.date(), in.expectedReturn(), in.note(),
                in.planUntil());
        cases.requireStep(user, id, parsed);
        FormChecks.require(validator, form);
        cases.step(user, id, parsed, in.version(), form.input());
        return detail(user, id);
    }

    /** What a step was given: each field as its step asks (see {@link StepForm}). */
    record StepRequest(Integer version, String date, String expectedReturn, String note, String planUntil) {
    }

    @PostMapping("/support-cases/{id}/appeal")
    CaseDetail appeal(CurrentUser user, @PathVariable UUID id, @RequestBody AppealForm r) {
        appeals.requireAppeal(user, id);
        FormChecks.require(validator, r, AppealForm.checksFor(user));
        appeals.appeal(user, id, r.by(), r.received(), r.text());
        return detail(user, id);
    }

    @PostMapping("/support-cases/{id}/employer")
    CaseDetail employer(CurrentUser user, @PathVariable UUID id, @RequestBody EmployerForm r) {
        cases.requireEmployerPosition(user, id);
        FormChecks.require(validator, r);
        cases.employerPosition(user, id, r.choice(), r.actions());
        return detail(user, id);
    }

    @PostMapping("/apprenticeships/{id}/other-policy-ending")
    ResponseEntity<CaseDetail> otherPolicy(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody OtherPolicyForm r) {
        cases.requireEndUnderOtherPolicy(user, id);
        FormChecks.require(validator, r);
        UUID caseId = cases.endUnderOtherPolicy(user, id, r.policy().strip(), r.endedOn(), r.reason(), r.details());
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(user, caseId));
    }

    // ------------------------------------------------------------------ at risk

    record AtRiskEntry(ApprenticeshipId apprenticeshipId, String learnerName, String employerName, String tutorName,
            String standard, int severity, String severityWords, List<AtRiskSignal> signals, Instant computedAt,
            UUID caseId, String caseStage) {
    }

    record AtRiskPage(List<AtRiskEntry> items, int page, int size, long total) {
    }

    @GetMapping("/support-cases/at-risk")
    AtRiskPage atRisk(CurrentUser user, @RequestParam Map<String, String> query) {
        requireStaff(user);
        PageOf<AtRiskIndicators.Row> page = indicators.list(access.scopeOf(user), AtRiskFilters.parse(query),
                AtRiskFilters.page(query));
        return new AtRiskPage(page.items().stream().map(r -> new AtRiskEntry(r.apprenticeship().id(),
                r.apprenticeship().learnerName(), r.apprenticeship().employerName(), r.apprenticeship().tutorName(),
                r.apprenticeship().standardReference(), r.severity(), r.severityWords(), r.signals(), r.computedAt(),
                r.caseId(), r.caseStage() == null ? null : r.caseStage().name())).toList(), page.number(),
                page.size(), page.total());
    }

    @PostMapping("/apprenticeships/{id}/at-risk")
    AtRiskIndicators.Indicator recompute(CurrentUser user, @PathVariable ApprenticeshipId id) {
        requireStaff(user);
        policy.requireView(user, id);
        return indicators.compute(id);
    }

    @GetMapping("/support-cases")
    Map<String, Object> dashboard(CurrentUser user, @RequestParam(required = false) String stage,
            @RequestParam(defaultValue = "0") String page) {
        requireStaff(user);
        SupportStage chosen = SupportPages.stageOf(stage);
        PageOf<SupportCaseViews.CaseListRow> list = views.cases(user, chosen, SupportPages.number(page));
        Map<String, Object> answer = new HashMap<>();
        answer.put("countsByStage", views.countsByStage(user));
        answer.put("items", list.items().stream().map(r -> Map.of("id", r.id(), "stage", r.stage().name(),
                "learnerName", r.apprenticeship().learnerName(), "apprenticeshipId", r.apprenticeship().id())).toList());
        answer.put("page", list.number());
        answer.put("total", list.total());
        return answer;
    }

    // ------------------------------------------------------------------ interventions

    @GetMapping("/support-cases/intervention-kinds")
    List<Records.InterventionKind> kinds(CurrentUser user) {
        requireStaff(user);
        return store.interventionKinds();
    }

    @GetMapping("/apprenticeships/{id}/interventions")
    List<Records.InterventionRow> interventions(CurrentUser user, @PathVariable ApprenticeshipId id) {
        policy.requireView(user, id);
        return store.interventions(id);
    }

    @PostMapping("/apprenticeships/{id}/interventions")
    ResponseEntity<List<Records.InterventionRow>> addIntervention(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody InterventionForm r) {
        interventions.requireManage(user, id);
        FormChecks.require(validator, r);
        interventions.add(user, id, r.caseId(), r.kind(), r.details(), r.owner(), r.start(), r.end());
        return ResponseEntity.status(HttpStatus.CREATED).body(store.interventions(id));
    }

    @PostMapping("/apprenticeships/{id}/interventions/{interventionId}/outcome")
    List<Records.InterventionRow> outcome(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable UUID interventionId,
            @RequestBody OutcomeForm r) {
        interventions.requireManage(user, id);
        FormChecks.require(validator, r);
        interventions.outcome(user, id, interventionId, r.outcome(), r.end());
        return store.interventions(id);
    }

    // ------------------------------------------------------------------ settings

    @GetMapping("/support-cases/settings")
    AtRiskThresholds settings(CurrentUser user) {
        requireAdministrator(user);
        return settings.current();
    }

    @PutMapping("/support-cases/settings")
    AtRiskThresholds changeSettings(CurrentUser user, @RequestBody Map<String, Object> body) {
        requireAdministrator(user);
        Map<String, String> typed = new HashMap<>();
        body.forEach((k, v) -> typed.put(k, v == null ? "" : String.valueOf(v)));
        AtRiskThresholds before = settings.current();
        AtRiskThresholds changed = ThresholdsForm.of(typed).thresholds();
        FormChecks.require(validator, changed);
        settings.change(changed);
        events.publishEvent(RecordChanged.updated("support settings", new UUID(0, 3), before.toString(),
                changed.toString()));
        return changed;
    }

    /** The provider's default client partner, copied in when an apprenticeship names none. */
    @GetMapping("/support-cases/settings/client-partner")
    ResponseEntity<SupportSettings.ClientPartner> clientPartner(CurrentUser user) {
        requireAdministrator(user);
        return settings.defaultClientPartner().map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/support-cases/settings/client-partner")
    SupportSettings.ClientPartner changeClientPartner(CurrentUser user, @RequestBody ClientPartnerRequest r) {
        requireAdministrator(user);
        PartnerForm form = new PartnerForm(r.name(), r.email());
        FormChecks.require(validator, form);
        String before = settings.defaultClientPartner().map(Object::toString).orElse("none");
        SupportSettings.ClientPartner saved = settings.changeDefaultClientPartner(form.partnerName(),
                form.partnerEmail());
        events.publishEvent(RecordChanged.updated("support settings", new UUID(0, 3), before, saved.toString()));
        return saved;
    }

    record ClientPartnerRequest(String name, String email) {
    }

    static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("Support cases are for staff: the apprentice and the employer see their"
                    + " own case from their home page");
        }
    }

    static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators change the support settings");
        }
    }

    /** A step your support policy gives to another role ({@link SupportStepNotYours}) or to staff: 403, naming the rule. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail notYours(AccessDeniedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
        problem.setTitle("Not allowed by the support policy");
        return problem;
    }

    @ExceptionHandler(SupportCaseRefused.class)
    ProblemDetail refused(SupportCaseRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Not allowed by the support policy now");
        return problem;
    }
}
