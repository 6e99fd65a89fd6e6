package waypoint.epa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.StandardDetails;
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

    /**
     * An appeal to the EPAO against a method's latest result, raised as an assessment appeal in the feedback module,
     * which tracks its owner, deadlines and outcome; the outcome comes back by {@link EpaAppealOutcomes}. The EPAO is
     * the one that assessed the method (its latest booking), or the one chosen when the result has no booking. The
     * appeal says who is appealing: the apprentice (when not said), or the employer, the apprenticeship's line
     * manager, who is then sent the decision as well as the apprentice (docs/domain/complaints-policy.md, Assessment
     * appeals).
     */
    @Transactional
    public UUID appeal(CurrentUser user, UUID id, String methodName, String lodgedOnText, String reasonText,
            String epaoIdText, String appellantText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ComponentResult> result = view.results().stream()
                .filter(r -> methodName != null && r.name().equalsIgnoreCase(methodName.strip())
                        && r.latest().isPresent()).findFirst();
        if (result.isEmpty()) {
            errors.put("method", "Choose a method that has a result to appeal against");
        }
        LocalDate lodgedOn = EpaInput.pastDate(errors, "lodgedOn", lodgedOnText, "the date the appeal was made",
                LocalDate.now(clock));
        String reason = EpaInput.required(errors, "reason", reasonText, "Enter the grounds of the appeal", 4000);
        EndPointAssessmentAppeal.Appellant appellant = appellant(errors, a, appellantText);
        int window = view.settings().appealWindowWorkingDays();
        LocalDate appealBy = result.map(r -> calendar.addWorkingDays(r.latest().get().assessedOn(), window))
                .orElse(null);
        if (appealBy != null && lodgedOn != null && lodgedOn.isAfter(appealBy)) {
            errors.put("lodgedOn", "An appeal must be made within " + window + " working days of the assessment, by "
                    + GovUkDates.date(appealBy));
        }
        Optional<Epaos.Epao> epao = result.flatMap(r -> view.latestBooking(r.name())).map(Booking::epaoId)
                .or(() -> EpaInput.uuid(epaoIdText)).flatMap(epaos::find);
        if (result.isPresent() && epao.isEmpty()) {
            errors.put("epaoId", "Choose the end-point assessment organisation that assessed the method");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        view.record().check(EpaTable.Action.APPEAL);
        ComponentResult appealed = result.get();
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
     * Who is appealing: {@code APPRENTICE} (or not said) or {@code EMPLOYER}, the line manager named on the
     * apprenticeship, with their email address for the decision.
     */
    private EndPointAssessmentAppeal.Appellant appellant(Map<String, String> errors, ApprenticeshipSummary a,
            String typed) {
        String choice = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (choice.isEmpty() || choice.equals("APPRENTICE")) {
            return EndPointAssessmentAppeal.Appellant.APPRENTICE;
        }
        if (!choice.equals("EMPLOYER")) {
            errors.put("appellant", "Select who is appealing: the apprentice or the employer");
            return EndPointAssessmentAppeal.Appellant.APPRENTICE;
        }
        if (a.lineManagerId() == null || a.lineManagerName() == null) {
            errors.put("appellant", "The apprenticeship names no line manager for the employer: add them on the"
                    + " apprenticeship first, or record the employer's appeal as feedback naming them");
            return EndPointAssessmentAppeal.Appellant.APPRENTICE;
        }
        return EndPointAssessmentAppeal.Appellant.employer(a.lineManagerName(),
                people.contacts(a.id()).lineManagerEmail());
    }

    /**
     * The EPAO's revised grade after an upheld appeal: it replaces the grade of the result appealed against (the
     * attempts stay as they were) and the overall grade is worked out again; a pass moves the EPA to passed.
     */
    @Transactional
    public void reviseGrade(CurrentUser user, UUID id, UUID appealId, String gradeText, String revisedOnText) {
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
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> grade = OverallGrade.grade(component, gradeText);
        if (grade.isEmpty()) {
            errors.put("grade", component.name() + " can give only: " + String.join(", ", component.grades()));
        }
        LocalDate revisedOn = revisedOnText == null || revisedOnText.isBlank() ? LocalDate.now(clock)
                : EpaInput.pastDate(errors, "revisedOn", revisedOnText, "the date of the EPAO's decision",
                        LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        ComponentResult current = view.results().stream().filter(r -> r.name().equals(component.name()))
                .findFirst().orElseThrow();
        Map<String, String> grades = EpaService.latestGrades(view.results());
        grades.put(component.name(), grade.get());
        // a reformed plan's overall grade still waits for every component's final grade (docs/domain/assessment-reform.md)
        String overall = view.reform().isPresent()
                ? view.reform().get().revised(component.name(), grade.get()).overall().orElse(null)
                : OverallGrade.of(scheme, grades).orElse(null);
        EpaRecord.Change revised = view.record().reviseGrade(overall, component.name(), current.grade(),
                grade.get());
        store.reviseGrade(appeal, current.latest().orElseThrow(), grade.get(), revisedOn, user.id());
        repository.save(revised);
    }
}
