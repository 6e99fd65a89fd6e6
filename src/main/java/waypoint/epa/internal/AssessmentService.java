package waypoint.epa.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingBasis;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.StandardDetails;
import waypoint.enrolment.ApprenticeshipPeople;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaService.ComponentResult;
import waypoint.epa.internal.EpaService.EpaView;
import waypoint.epa.internal.EpaStore.Appeal;
import waypoint.epa.internal.EpaStore.Booking;
import waypoint.feedback.EndPointAssessmentAppeal;
import waypoint.feedback.EndPointAssessmentAppeals;
import waypoint.identity.CurrentUser;
import waypoint.organisation.Epaos;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * The end-point assessment's commands (docs/domain/gateway-and-epa.md, “Sittings, results and resits”): booking a
 * sitting of a method, recording its result, appealing against it and recording the EPAO's revised grade. A booking
 * and a result need a passed gateway ({@link EpaRecord}); a result belongs to a booked sitting of its method dated on
 * or before the result; a resit needs a failed attempt and its own booking; a second sitting of a method not graded
 * yet is the same attempt.
 */
@Service
public class AssessmentService {

    private final EpaPolicy policy;
    private final EpaStore store;
    private final EpaService epa;
    private final ApprenticeshipTransitions transitions;
    private final Epaos epaos;
    private final EpaEmails emails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EndPointAssessmentAppeals appeals;
    private final WorkingCalendar calendar;
    private final ApprenticeshipPeople people;

    AssessmentService(EpaPolicy policy, EpaStore store, EpaService epa, ApprenticeshipTransitions transitions,
            Epaos epaos, EpaEmails emails, ApplicationEventPublisher events, Clock clock,
            EndPointAssessmentAppeals appeals, WorkingCalendar calendar, ApprenticeshipPeople people) {
        this.people = people;
        this.policy = policy;
        this.store = store;
        this.epa = epa;
        this.transitions = transitions;
        this.epaos = epaos;
        this.emails = emails;
        this.events = events;
        this.clock = clock;
        this.appeals = appeals;
        this.calendar = calendar;
    }

    public record BookingRequest(String method, String epaoId, String date, String time, String place,
            String assessor, String adjustments) {
    }

    @Transactional
    public UUID book(CurrentUser user, UUID id, BookingRequest r) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        Map<String, String> errors = new LinkedHashMap<>();
        String method = view.methods().stream().filter(m -> m.equalsIgnoreCase(r.method() == null ? ""
                : r.method().strip())).findFirst().orElse(null);
        if (method == null) {
            errors.put("method", view.methods().isEmpty() ? "The standard has no assessment methods to book"
                    : "Choose one of the standard's methods: " + String.join(", ", view.methods()));
        }
        UUID epao = EpaInput.uuid(r.epaoId()).flatMap(epaos::find).map(Epaos.Epao::id).orElse(null);
        if (epao == null) {
            errors.put("epaoId", "Choose the end-point assessment organisation from the directory");
        }
        LocalDate date = DateText.parse(r.date()).orElse(null);
        if (date == null) {
            errors.put("date", "Enter the date of the assessment, for example 27/3/2027");
        }
        LocalTime time = EpaInput.time(r.time());
        if (time == null) {
            errors.put("time", "Enter the time of the assessment, for example 10:30");
        }
        String place = EpaInput.required(errors, "place", r.place(), "Enter the place or the link to join", 500);
        String assessor = EpaInput.optional(errors, "assessor", r.assessor(), 200);
        String adjustments = EpaInput.optional(errors, "adjustments", r.adjustments(), 2000);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        Instant startsAt = date.atTime(time).atZone(Dates.LONDON).toInstant();
        UUID bookingId = book(view, method, epao, startsAt, place, assessor, adjustments, user.id(), user);
        events.publishEvent(RecordChanged.created("EPA booking", bookingId, method + " on " + date + " " + time));
        emails.toApprenticeAndEmployer("epa-booking:" + bookingId, a, "End-point assessment booked",
                method + " is booked for " + Dates.day(date) + " at " + time + ", " + place + "."
                        + (adjustments == null ? "" : " Reasonable adjustments: " + adjustments));
        return bookingId;
    }

    /** Books a sitting; the first moves the apprenticeship into the assessment (a person's booking moves its lifecycle). */
    private UUID book(EpaView view, String method, UUID epao, Instant startsAt, String place, String assessor,
            String adjustments, UUID by, CurrentUser person) {
        EpaRecord before = view.record();
        EpaRecord after = before.book(view.gateway());
        int attempt = attemptToBook(view, method);
        UUID id = view.apprenticeship().id();
        if (person != null && before.stage() == EpaStage.GATEWAY
                && view.apprenticeship().status() != waypoint.enrolment.ApprenticeshipStatus.END_POINT_ASSESSMENT) {
            transitions.endPointAssessment(person, id, LocalDate.now(clock), "End-point assessment booked: " + method);
        }
        UUID bookingId = UUID.randomUUID();
        store.book(new Booking(bookingId, id, method, epao, null, startsAt, place, assessor, adjustments, attempt),
                by, clock.instant());
        if (after.stage() != before.stage() || !before.stored()) {
            store.save(after, clock.instant());
        }
        return bookingId;
    }

    /**
     * The attempt a new sitting of the method is for: the method's next attempt once its latest result failed (a
     * resit or retake, at most as many as the settings allow); the current attempt while it has no result (a second
     * sitting, as when a method observes two sessions); refused once it has a grade that is not a fail.
     */
    static int attemptToBook(EpaView view, String method) {
        Optional<ComponentResult> graded = view.results().stream().filter(c -> c.name().equalsIgnoreCase(method))
                .findFirst();
        GradingScheme scheme = view.standard().map(StandardDetails::grading).orElse(GradingScheme.none());
        int attempts;
        boolean failed;
        if (graded.isPresent()) {
            attempts = graded.get().attempts().size();
            failed = graded.get().latest().isPresent() && failedGrade(scheme, graded.get(), view.overallGrade());
            if (graded.get().latest().isPresent() && !failed) {
                throw new EpaRefusedException(method + " already has the grade " + graded.get().grade()
                        + "; only a failed method is booked again (an appeal to the EPAO may change a grade)");
            }
        } else {
            // a holistic scheme grades criteria, not methods: the attempt is the criteria's
            attempts = view.results().stream().mapToInt(c -> c.attempts().size()).max().orElse(0);
            failed = attempts > 0 && OverallGrade.FAIL.equalsIgnoreCase(view.overallGrade());
            if (attempts > 0 && !failed) {
                return attempts;
            }
        }
        int most = view.settings().maximumAttempts();
        if (attempts >= most) {
            throw new EpaRefusedException(method + " has been assessed " + most + " times, the most the provider's"
                    + " EPA settings allow (the first attempt, then resits or retakes)");
        }
        return attempts + 1;
    }

    private static boolean failedGrade(GradingScheme scheme, ComponentResult c, String overall) {
        boolean lowest = !c.grades().isEmpty() && c.grades().get(0).equalsIgnoreCase(c.grade());
        // a holistic grade that failed is awarded again on every criterion
        return lowest || (scheme.basis() == GradingBasis.HOLISTIC && OverallGrade.FAIL.equalsIgnoreCase(overall));
    }

    @Transactional
    public void recordResult(CurrentUser user, UUID id, String methodName, String gradeText, String assessedOnText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        GradingScheme scheme = view.standard().map(StandardDetails::grading).orElse(GradingScheme.none());
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<GradedComponent> component = OverallGrade.component(scheme, methodName);
        Optional<String> grade = component.flatMap(c -> OverallGrade.grade(c, gradeText));
        if (component.isEmpty()) {
            errors.put("method", scheme.components().isEmpty() ? "The standard has no graded methods"
                    : "Choose one of: " + String.join(", ", scheme.components().stream().map(GradedComponent::name)
                            .toList()));
        } else if (grade.isEmpty()) {
            errors.put("grade", component.get().name() + " can give only: "
                    + String.join(", ", component.get().grades()));
        }
        LocalDate assessedOn = assessedOnText == null || assessedOnText.isBlank() ? LocalDate.now(clock)
                : EpaInput.pastDate(errors, "assessedOn", assessedOnText, "the date of the assessment",
                        LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        record(view, scheme, component.get(), grade.get(), assessedOn, user.id());
    }

    /** The result, checked against the table, the gateway, the sitting it belongs to and the attempts allowed. */
    private void record(EpaView view, GradingScheme scheme, GradedComponent component, String grade,
            LocalDate assessedOn, UUID by) {
        UUID id = view.apprenticeship().id();
        ComponentResult current = view.results().stream().filter(r -> r.name().equals(component.name()))
                .findFirst().orElseThrow();
        Map<String, String> grades = EpaService.latestGrades(view.results());
        grades.put(current.name(), grade);
        String overall = OverallGrade.of(scheme, grades).orElse(null);
        EpaRecord after = view.record().recordResult(overall, view.gateway());
        if (current.latest().isPresent() && !failedGrade(scheme, current, view.overallGrade())) {
            throw new EpaRefusedException(current.name() + " already has the grade " + current.grade()
                    + "; only a failed method is assessed again (an appeal to the EPAO may change a grade)");
        }
        int attempt = current.attempts().size() + 1;
        int most = view.settings().maximumAttempts();
        if (attempt > most) {
            throw new EpaRefusedException(current.name() + " has been assessed " + most + " times, the most the"
                    + " provider's EPA settings allow (the first attempt, then resits or retakes)");
        }
        Booking sitting = sitting(view, current, attempt, assessedOn);
        store.result(id, current.name(), grade, attempt, assessedOn, sitting.id(), by, clock.instant());
        store.save(after, clock.instant());
        events.publishEvent(RecordChanged.created("EPA result", id, current.name() + ": " + grade
                + " (attempt " + attempt + ", sitting of " + Dates.time(sitting.startsAt()) + ")"
                + (overall == null ? "" : "; overall " + overall)));
    }

    /**
     * The booked sitting a result belongs to: the latest sitting of the method for this attempt on or before the
     * result's date (a holistic criterion: any sitting, since its methods are assessed together).
     */
    private static Booking sitting(EpaView view, ComponentResult component, int attempt, LocalDate assessedOn) {
        boolean isMethod = view.methods().stream().anyMatch(m -> m.equalsIgnoreCase(component.name()));
        List<Booking> sittings = view.bookings().stream()
                .filter(b -> !isMethod || (b.method().equalsIgnoreCase(component.name()) && b.attempt() == attempt))
                .toList();
        if (sittings.isEmpty()) {
            throw new EpaRefusedException(attempt == 1 ? component.name() + " has no booked sitting: book it with"
                    + " the EPAO before recording its result" : "A resit of " + component.name() + " needs its own"
                            + " booking: book attempt " + attempt + " with the EPAO before recording its result");
        }
        return sittings.stream().filter(b -> !day(b).isAfter(assessedOn)).max(Comparator.comparing(Booking::startsAt))
                .orElseThrow(() -> new FieldValidationException("assessedOn", "The result must be dated on or after"
                        + " the booked sitting, " + Dates.day(day(sittings.get(0)))));
    }

    private static LocalDate day(Booking b) {
        return b.startsAt().atZone(Dates.LONDON).toLocalDate();
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
                    + Dates.day(appealBy));
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
        events.publishEvent(RecordChanged.created("EPA appeal", appealId, appealed.name() + " (" + appealed.grade()
                + ") on " + lodgedOn + ", feedback " + raised.reference()));
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
        String overall = OverallGrade.of(scheme, grades).orElse(null);
        EpaRecord after = view.record().reviseGrade(overall);
        store.reviseGrade(appeal, current.latest().orElseThrow(), grade.get(), revisedOn, user.id());
        store.save(after, clock.instant());
        events.publishEvent(RecordChanged.updated("EPA result", id, component.name() + ": " + current.grade(),
                component.name() + ": " + grade.get() + " (revised on appeal)" + (overall == null ? ""
                        : "; overall " + overall)));
    }

    // --- the same steps for the system: a migration from another system, demo data (no person to authorise) ---

    /** A sitting booked in the previous system; the same guards as a person's booking. */
    @Transactional
    public UUID importBooking(ApprenticeshipSummary a, String method, UUID epaoId, Instant startsAt, String place,
            String assessor, String adjustments) {
        EpaView view = epa.view(GatewayService.systemUser(), a);
        if (!view.methods().contains(method)) {
            throw new EpaRefusedException("The standard has no method " + method);
        }
        UUID bookingId = book(view, method, epaoId, startsAt, place, assessor, adjustments, GatewayService.SYSTEM,
                null);
        events.publishEvent(RecordChanged.created("EPA booking", bookingId, method + " (imported)"));
        return bookingId;
    }

    /**
     * A result given in the previous system; the grade must be one the method can give. Importing the same result
     * again (the method's grade on that day) adds nothing.
     */
    @Transactional
    public void importResult(ApprenticeshipSummary a, String method, String gradeText, LocalDate assessedOn) {
        EpaView view = epa.view(GatewayService.systemUser(), a);
        GradingScheme scheme = view.standard().map(StandardDetails::grading).orElse(GradingScheme.none());
        GradedComponent component = OverallGrade.component(scheme, method)
                .orElseThrow(() -> new EpaRefusedException("The standard does not grade " + method));
        String grade = OverallGrade.grade(component, gradeText).orElseThrow(() -> new EpaRefusedException(
                component.name() + " can give only: " + String.join(", ", component.grades())));
        boolean known = view.results().stream().filter(r -> r.name().equals(component.name()))
                .flatMap(r -> r.attempts().stream())
                .anyMatch(r -> r.assessedOn().equals(assessedOn) && r.grade().equals(grade));
        if (!known) {
            record(view, scheme, component, grade, assessedOn, GatewayService.SYSTEM);
        }
    }
}
