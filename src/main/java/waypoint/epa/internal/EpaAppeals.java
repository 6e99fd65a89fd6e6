package waypoint.epa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.StandardDetails;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipPeople;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.epa.internal.EpaService.ComponentResult;
import waypoint.epa.internal.EpaService.EpaView;
import waypoint.epa.internal.EpaStore.Appeal;
import waypoint.epa.internal.EpaStore.Booking;
import waypoint.feedback.EndPointAssessmentAppeal;
import waypoint.feedback.EndPointAssessmentAppeals;
import waypoint.identity.CurrentUser;
import waypoint.organisation.Epaos;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * Appeals against end-point assessment results (docs/domain/gateway-and-epa.md, “Sittings, results and resits”): an
 * appeal to the EPAO against a method's latest result, made within the provider's window, and the EPAO's revised
 * grade once the appeal is upheld. Booking and results are {@link AssessmentService}.
 */
@Service
public class EpaAppeals {

    private final EpaPolicy policy;
    private final EpaStore store;
    private final EpaService epa;
    private final Epaos epaos;
    private final EpaRepository repository;
    private final Clock clock;
    private final EndPointAssessmentAppeals appeals;
    private final WorkingCalendar calendar;
    private final ApprenticeshipPeople people;

    EpaAppeals(EpaPolicy policy, EpaStore store, EpaService epa, Epaos epaos, EpaRepository repository, Clock clock,
            EndPointAssessmentAppeals appeals, WorkingCalendar calendar, ApprenticeshipPeople people) {
        this.people = people;
        this.policy = policy;
        this.store = store;
        this.epa = epa;
        this.epaos = epaos;
        this.repository = repository;
        this.clock = clock;
        this.appeals = appeals;
        this.calendar = calendar;
    }

    /** What an appeal says when its method has no result to appeal against. */
    public static final String CHOOSE_METHOD = "Choose a method that has a result to appeal against";

    /** The methods with a result to appeal against: each one's latest result. */
    public static List<String> appealable(EpaView view) {
        return view.results().stream().filter(r -> r.latest().isPresent()).map(ComponentResult::name).toList();
    }

    /**
     * An appeal to the EPAO against a method's latest result, raised as an assessment appeal in the feedback module,
     * which tracks its owner, deadlines and outcome; the outcome comes back by {@link EpaAppealOutcomes}. The EPAO is
     * the one that assessed the method (its latest booking), or the one chosen when the result has no booking. The
     * appeal says who is appealing: the apprentice (when not said), or the employer, the apprenticeship's line
     * manager, who is then sent the decision as well as the apprentice (docs/domain/complaints-policy.md, Assessment
     * appeals).
     */
    @Transactional
    public UUID appeal(CurrentUser user, ApprenticeshipId id, String methodName, LocalDate lodgedOn, String reason,
            UUID epaoId, boolean byEmployer) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        ComponentResult appealed = view.results().stream()
                .filter(r -> methodName != null && r.name().equalsIgnoreCase(methodName.strip())
                        && r.latest().isPresent()).findFirst().orElseThrow(() -> new FieldValidationException(
                                "method", CHOOSE_METHOD));
        EpaDates.past("lodgedOn", lodgedOn, "the date the appeal was made", LocalDate.now(clock));
        EndPointAssessmentAppeal.Appellant appellant = appellant(a, byEmployer);
        int window = view.settings().appealWindowWorkingDays();
        LocalDate appealBy = calendar.addWorkingDays(appealed.latest().get().assessedOn(), window);
        if (lodgedOn.isAfter(appealBy)) {
            throw new FieldValidationException("lodgedOn", "An appeal must be made within " + window
                    + " working days of the assessment, by " + GovUkDates.date(appealBy));
        }
        Optional<Epaos.Epao> epao = view.latestBooking(appealed.name()).map(Booking::epaoId)
                .or(() -> Optional.ofNullable(epaoId)).flatMap(epaos::find);
        if (epao.isEmpty()) {
            throw new FieldValidationException("epaoId",
                    "Choose the end-point assessment organisation that assessed the method");
        }
        view.record().check(EpaTable.Action.APPEAL);
        if (view.appealOpen(appealed.name())) {
            throw new EpaRefusedException("An appeal against " + appealed.name()
                    + " is waiting for the EPAO's decision already");
        }
        EndPointAssessmentAppeals.Raised raised = appeals.raise(user, new EndPointAssessmentAppeal(id, a.learnerId(),
                epao.get().name(), appealed.name(), appealed.grade(), appealed.latest().get().assessedOn(), lodgedOn,
                appealBy, reason, appellant));
        UUID appealId = store.appeal(id, appealed.name(), lodgedOn, reason, raised.feedbackId(), raised.reference(),
                epao.get().name(), appealed.grade(), appellant.isEmployer() ? "EMPLOYER" : "APPRENTICE",
                appellant.name(), user.id(), clock.instant());
        repository.save(view.record().appeal(appealId, appealed.name(), appealed.grade(), lodgedOn,
                raised.reference()));
        return appealId;
    }

    /**
     * Who is appealing: the apprentice, or the employer, the line manager named on the apprenticeship, with their
     * email address for the decision.
     */
    private EndPointAssessmentAppeal.Appellant appellant(ApprenticeshipSummary a, boolean byEmployer) {
        if (!byEmployer) {
            return EndPointAssessmentAppeal.Appellant.APPRENTICE;
        }
        if (a.lineManagerId() == null || a.lineManagerName() == null) {
            throw new FieldValidationException("appellant", "The apprenticeship names no line manager for the"
                    + " employer: add them on the apprenticeship first, or record the employer's appeal as feedback"
                    + " naming them");
        }
        return EndPointAssessmentAppeal.Appellant.employer(a.lineManagerName(),
                people.contacts(a.id()).lineManagerEmail());
    }

    /**
     * The EPAO's revised grade after an upheld appeal: it replaces the grade of the result appealed against (the
     * attempts stay as they were) and the overall grade is worked out again; a pass moves the EPA to passed.
     */
    @Transactional
    public void reviseGrade(CurrentUser user, ApprenticeshipId id, UUID appealId, String gradeText,
            LocalDate revisedOn) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        Appeal appeal = view.appeals().stream().filter(x -> x.id().equals(appealId)).findFirst()
                .orElseThrow(() -> new waypoint.shared.NotFoundException("No appeal " + appealId));
        if (!appeal.upheld()) {
            throw new EpaRefusedException(appeal.decided() ? "The appeal was not upheld (" + appeal.outcomeWords()
                    + "), so the grade stands" : "The appeal is waiting for the EPAO's decision: record the outcome"
                            + " on its feedback case " + appeal.feedbackReference() + " first");
        }
        if (appeal.revisedGrade() != null) {
            throw new EpaRefusedException("The revised grade " + appeal.revisedGrade() + " is recorded already");
        }
        GradingScheme scheme = view.standard().map(StandardDetails::grading).orElse(GradingScheme.none());
        GradedComponent component = OverallGrade.component(scheme, appeal.component()).orElseThrow(
                () -> new EpaRefusedException("The standard no longer grades " + appeal.component()));
        String grade = OverallGrade.grade(component, gradeText).orElseThrow(() -> new FieldValidationException(
                "grade", component.name() + " can give only: " + String.join(", ", component.grades())));
        LocalDate today = LocalDate.now(clock);
        LocalDate on = revisedOn == null ? today
                : EpaDates.past("revisedOn", revisedOn, "the date of the EPAO's decision", today);
        ComponentResult current = view.results().stream().filter(r -> r.name().equals(component.name()))
                .findFirst().orElseThrow();
        Map<String, String> grades = EpaService.latestGrades(view.results());
        grades.put(component.name(), grade);
        // a reformed plan's overall grade still waits for every component's final grade (docs/domain/assessment-reform.md)
        String overall = view.reform().isPresent()
                ? view.reform().get().revised(component.name(), grade).overall().orElse(null)
                : OverallGrade.of(scheme, grades).orElse(null);
        EpaRecord.Change revised = view.record().reviseGrade(overall, component.name(), current.grade(),
                grade);
        store.reviseGrade(appeal, current.latest().orElseThrow(), grade, on, user.id());
        repository.save(revised);
    }
}
