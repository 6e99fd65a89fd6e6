package waypoint.epa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaPolicy.Party;
import waypoint.epa.internal.EpaStore.Appeal;
import waypoint.epa.internal.EpaStore.Booking;
import waypoint.epa.internal.EpaStore.ReadinessRequest;
import waypoint.epa.internal.EpaStore.Result;
import waypoint.epa.internal.EpaStore.StoredSignature;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;

/**
 * What one apprenticeship's gateway and end-point assessment look like to the person asking, and the readiness
 * dashboard's early requests. The commands are {@link GatewayService} (checklist, meeting, signatures),
 * {@link AssessmentService} (bookings, results), {@link EpaAppeals} (appeals) and {@link CompletionService} (completion, its correction,
 * certificate, progression); each changes the stage only through {@link EpaRecord}.
 */
@Service
public class EpaService {

    /** The gateway meeting usually falls in the last three months of the practical period. */
    public static final int READINESS_MONTHS = 3;

    private final EpaPolicy policy;
    private final EpaStore store;
    private final GatewayFactsReader facts;
    private final Standards standards;
    private final waypoint.catalogue.AssessmentReforms reforms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EpaService(EpaPolicy policy, EpaStore store, GatewayFactsReader facts, Standards standards,
            waypoint.catalogue.AssessmentReforms reforms, ApplicationEventPublisher events, Clock clock) {
        this.reforms = reforms;
        this.policy = policy;
        this.store = store;
        this.facts = facts;
        this.standards = standards;
        this.events = events;
        this.clock = clock;
    }

    /** One graded component with its possible grades and the attempts so far (the latest counts). */
    public record ComponentResult(String name, List<String> grades, List<Result> attempts) {

        public Optional<Result> latest() {
            return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
        }

        public String grade() {
            return latest().map(Result::grade).orElse(null);
        }
    }

    public record EpaView(ApprenticeshipSummary apprenticeship, Optional<StandardDetails> standard, EpaRecord record,
            List<GatewayChecklist.Item> checklist, List<Booking> bookings, List<ComponentResult> results,
            String overallGrade, List<Appeal> appeals, List<StoredSignature> signatures, boolean canManage,
            Party party, LocalDate today, Optional<ReadinessRequest> readinessRequest, EpaSettings settings,
            Optional<ReformedAssessment> reform) {

        /**
         * Refuses a step of the end-point assessment (409, naming the funding rules) when the apprenticeship has none,
         * as a unit's has not: before what was sent is checked against a standard that offers nothing to book.
         */
        public void requireEndPointAssessment() {
            record.requireEndPointAssessment();
        }

        /** The standard version's plan is reformed: an apprenticeship assessment of components. */
        public boolean reformed() {
            return reform.isPresent();
        }

        /** What the assessment is called: the reform's words for a reformed plan (docs/domain/assessment-reform.md). */
        public String assessmentWords() {
            return reformed() ? "Apprenticeship assessment" : "End-point assessment";
        }

        public String gatewayWords() {
            return reformed() ? "Gateway to completion" : "Gateway";
        }

        /** Staff may record an attempt at this component now: its table and the EPA table allow it. */
        public boolean mayRecordAttempt(ComponentProgress c) {
            return canManage && (ComponentTable.allows(c.state(), ComponentTable.Action.RECORD_PASS)
                    || ComponentTable.allows(c.state(), ComponentTable.Action.RECORD_FAIL))
                    && (c.component().onProgramme()
                            ? EpaTable.allows(record.stage(), EpaTable.Action.RECORD_ON_PROGRAMME_COMPONENT)
                            : EpaTable.allows(record.stage(), EpaTable.Action.RECORD_COMPONENT));
        }

        /** The components staff may record an attempt at now. */
        public List<ComponentProgress> recordableComponents() {
            return reform.map(r -> r.components().stream().filter(this::mayRecordAttempt).toList()).orElse(List.of());
        }

        /** Within the last months of the practical period, so on the readiness dashboard without a request. */
        public boolean inReadinessMonths() {
            return apprenticeship.plannedEndDate() != null
                    && !apprenticeship.plannedEndDate().isAfter(today.plusMonths(READINESS_MONTHS));
        }

        /** Staff may add it to the readiness dashboard early: in learning, not there already. */
        public boolean mayRequestReadiness() {
            return canManage && apprenticeship.status() == ApprenticeshipStatus.IN_LEARNING
                    && readinessRequest.isEmpty() && !inReadinessMonths();
        }

        /** The EPAO that assessed the method: the latest booking's. */
        public Optional<Booking> latestBooking(String method) {
            return bookings.stream().filter(b -> b.method().equals(method)).reduce((first, second) -> second);
        }

        /** A method with an appeal still waiting for the EPAO's decision. */
        public boolean appealOpen(String method) {
            // an appeal recorded before appeals went through feedback has no case to wait for
            return appeals.stream().anyMatch(x -> x.component().equals(method) && x.feedbackId() != null
                    && !x.decided());
        }

        public boolean checklistComplete() {
            return GatewayChecklist.allMet(checklist);
        }

        /** Whether the gateway is passed, and what is still needed when it is not. */
        public EpaRecord.Gateway gateway() {
            return EpaRecord.Gateway.of(record, checklist, signatures.stream().map(StoredSignature::party).toList());
        }

        /**
         * Through the gateway and waiting to book: the gateway is passed and no end-point assessment method is booked
         * yet (docs/domain/gateway-and-epa.md).
         */
        public boolean readyToBook() {
            return record.stage() == waypoint.epa.EpaStage.GATEWAY && gateway().passed();
        }

        /** Staff may waive an item that is not met (not the funding rules' minimum duration), with the reason. */
        public boolean mayWaive(GatewayChecklist.Item item) {
            return canManage && GatewayChecklist.mayBeWaived(item)
                    && EpaTable.allows(record.stage(), EpaTable.Action.WAIVE_ITEM);
        }

        /**
         * The gateway meeting may be recorded: a first meeting while preparing, or the earlier “ready” meeting of an
         * apprenticeship that reached the gateway or the assessment before it was recorded here.
         */
        public boolean mayHoldMeeting() {
            return canManage && (EpaTable.allows(record.stage(), EpaTable.Action.HOLD_MEETING_READY)
                    || (!record.meetingDecidedReady()
                            && EpaTable.allows(record.stage(), EpaTable.Action.RECORD_EARLIER_MEETING)));
        }

        /** The date of the last graded method (the achievement date is on or after it); none before any result. */
        public Optional<LocalDate> lastGradedOn() {
            return results.stream().flatMap(r -> r.attempts().stream()).map(Result::assessedOn)
                    .max(LocalDate::compareTo);
        }

        public List<String> methods() {
            return standard.map(s -> s.epaMethods().stream().map(EpaMethod::name).toList()).orElse(List.of());
        }

        public Optional<String> gradingNote() {
            return standard.flatMap(s -> s.grading().note());
        }

        public boolean signedBy(String partyName) {
            return signatures.stream().anyMatch(s -> s.party().equals(partyName));
        }

        public boolean allows(String action) {
            return EpaTable.allows(record.stage(), EpaTable.Action.valueOf(action));
        }

        public boolean mayConfirm(GatewayChecklist.Item item) {
            return !item.met() && EpaTable.allows(record.stage(), EpaTable.Action.CONFIRM_ITEM)
                    && switch (item.confirmedBy()) {
                        case NOBODY -> false;
                        case STAFF -> canManage;
                        case EMPLOYER -> canManage || party == Party.EMPLOYER;
                        case APPRENTICE -> canManage || party == Party.APPRENTICE;
                    };
        }
    }

    @Transactional(readOnly = true)
    public EpaView view(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = policy.viewable(user, apprenticeshipId);
        return view(user, a);
    }

    /** The view of an apprenticeship the caller has authorised already (the commands, the import as the system). */
    EpaView view(CurrentUser user, ApprenticeshipSummary a) {
        Optional<StandardDetails> standard = standards.find(a.standardReference(), a.standardVersion());
        EpaRecord record = recordOf(a);
        LocalDate today = LocalDate.now(clock);
        List<Result> stored = store.results(a.id());
        Optional<waypoint.catalogue.ReformedPlan> plan = standard.flatMap(s -> reforms.of(s.id()));
        List<GatewayChecklist.Item> checklist = checklist(GatewayChecklist.evaluate(facts.of(a, standard, today)),
                standard, plan, stored);
        List<ComponentResult> results = results(standard, stored);
        List<StoredSignature> signatures = store.signatures(a.id());
        // a reformed plan's overall grade waits for every component's final grade (docs/domain/assessment-reform.md)
        Optional<ReformedAssessment> reform = plan.map(p -> ReformedAssessment.of(p, standard.get().grading(), stored,
                EpaRecord.Gateway.of(record, checklist, signatures.stream().map(StoredSignature::party).toList())
                        .passed()));
        String overall = reform.isPresent() ? reform.get().overall().orElse(null)
                : standard.flatMap(s -> OverallGrade.of(s.grading(), latestGrades(results))).orElse(null);
        return new EpaView(a, standard, record, checklist, store.bookings(a.id()), results, overall,
                store.appeals(a.id()), signatures, policy.canManage(user, a.id()),
                EpaPolicy.partyOf(user, a), today, store.readinessRequest(a.id()), store.settings(), reform);
    }

    /** The stored record; without one, a record at the stage the apprenticeship's status implies. */
    EpaRecord recordOf(ApprenticeshipSummary a) {
        EpaRecord record = store.find(a.id());
        // an apprenticeship moved on before this module knew it (imported, or moved on the lifecycle page): its
        // gateway still shows what is missing, and nothing is booked, graded or completed until it is passed
        return record.stored() ? record : record.asTheLifecycleImplies(stageOf(a.status()));
    }

    static EpaStage stageOf(waypoint.enrolment.ApprenticeshipStatus status) {
        return switch (status) {
            case GATEWAY -> EpaStage.GATEWAY;
            case END_POINT_ASSESSMENT -> EpaStage.ASSESSMENT;
            case COMPLETED -> EpaStage.COMPLETED;
            default -> EpaStage.PREPARING;
        };
    }

    /**
     * The gateway checklist of one apprenticeship, whichever page asks (its own gateway page and API, the readiness
     * dashboard): the items evaluated from its facts and, on a reformed plan, the item of the components taken during
     * the programme, since the gateway to completion waits for their final grades, which do not depend on the gateway
     * (docs/domain/assessment-reform.md).
     */
    static List<GatewayChecklist.Item> checklist(List<GatewayChecklist.Item> evaluated,
            Optional<StandardDetails> standard, Optional<waypoint.catalogue.ReformedPlan> plan, List<Result> stored) {
        return plan.map(p -> GatewayChecklist.withOnProgrammeComponents(evaluated,
                ReformedAssessment.of(p, standard.get().grading(), stored, false))).orElse(evaluated);
    }

    /**
     * The checklists of a page of apprenticeships, read together (the readiness dashboard): the page's standard
     * versions and their reformed plans read together first (the modules reading the page's facts then find the
     * versions read), the facts of the page together, and the results of those on a reformed plan in one query;
     * never a query per apprentice.
     */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, List<GatewayChecklist.Item>> checklists(List<ApprenticeshipSummary> page) {
        Map<Standards.Version, Optional<StandardDetails>> standardsRead = standards.find(page.stream()
                .map(EpaService::versionOf).toList());
        Map<waypoint.catalogue.StandardVersionId, waypoint.catalogue.ReformedPlan> plans = reforms.of(standardsRead
                .values().stream().flatMap(Optional::stream).map(StandardDetails::id).toList());
        Map<ApprenticeshipId, Optional<StandardDetails>> standardOf = new java.util.HashMap<>();
        Map<ApprenticeshipId, Optional<waypoint.catalogue.ReformedPlan>> planOf = new java.util.HashMap<>();
        for (ApprenticeshipSummary a : page) {
            Optional<StandardDetails> standard = standardsRead.get(versionOf(a));
            standardOf.put(a.id(), standard);
            planOf.put(a.id(), standard.map(s -> plans.get(s.id())));
        }
        List<ApprenticeshipId> reformed = page.stream().map(ApprenticeshipSummary::id)
                .filter(id -> planOf.get(id).isPresent()).toList();
        Map<ApprenticeshipId, List<Result>> results = store.results(reformed);
        Map<ApprenticeshipId, List<GatewayChecklist.Item>> all = new LinkedHashMap<>();
        facts.ofAll(page, LocalDate.now(clock)).forEach((id, f) -> all.put(id, checklist(GatewayChecklist.evaluate(f),
                standardOf.get(id), planOf.get(id), results.getOrDefault(id, List.of()))));
        return all;
    }

    /** The standard version the apprenticeship follows, as the catalogue finds it. */
    static Standards.Version versionOf(ApprenticeshipSummary a) {
        return new Standards.Version(a.standardReference(), a.standardVersion());
    }

    private static List<ComponentResult> results(Optional<StandardDetails> standard, List<Result> all) {
        List<ComponentResult> results = new ArrayList<>();
        for (GradedComponent c : standard.map(s -> s.grading().components()).orElse(List.of())) {
            results.add(new ComponentResult(c.name(), c.grades(),
                    all.stream().filter(r -> r.component().equals(c.name())).toList()));
        }
        return results;
    }

    static Map<String, String> latestGrades(List<ComponentResult> results) {
        Map<String, String> grades = new LinkedHashMap<>();
        results.forEach(r -> r.latest().ifPresent(latest -> grades.put(r.name(), latest.grade())));
        return grades;
    }

    /** Puts the apprenticeship on the readiness dashboard before its last three months, on request, saying why. */
    @Transactional
    public void requestReadiness(CurrentUser user, ApprenticeshipId id, String reason) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = view(user, a);
        view.record().requireEndPointAssessment();
        if (a.status() != ApprenticeshipStatus.IN_LEARNING) {
            throw new EpaRefusedException("Only an apprenticeship in learning is on the readiness dashboard");
        }
        if (view.readinessRequest().isPresent()) {
            throw new EpaRefusedException("The apprenticeship is on the readiness dashboard already, at "
                    + view.readinessRequest().get().requestedByName() + "'s request");
        }
        if (view.inReadinessMonths()) {
            throw new EpaRefusedException("The apprenticeship is on the readiness dashboard already: its practical"
                    + " period ends within " + READINESS_MONTHS + " months");
        }
        store.requestReadiness(new ReadinessRequest(id, reason, user.id(), user.displayName(),
                clock.instant()));
        events.publishEvent(RecordChanged.created("gateway readiness request", id.value(), reason));
    }

    @Transactional
    public void removeReadinessRequest(CurrentUser user, ApprenticeshipId id) {
        policy.manageable(user, id);
        Optional<ReadinessRequest> request = store.readinessRequest(id);
        if (request.isEmpty() || !store.removeReadinessRequest(id)) {
            throw new EpaRefusedException("The apprenticeship was not added to the readiness dashboard early");
        }
        events.publishEvent(RecordChanged.deleted("gateway readiness request", id.value(), request.get().reason()));
    }

}
