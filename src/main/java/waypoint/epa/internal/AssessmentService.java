package waypoint.epa.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingBasis;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.StandardDetails;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaService.ComponentResult;
import waypoint.epa.internal.EpaService.EpaView;
import waypoint.epa.internal.EpaStore.Booking;
import waypoint.epa.internal.EpaStore.Result;
import waypoint.identity.CurrentUser;
import waypoint.organisation.Epaos;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * The end-point assessment's commands (docs/domain/gateway-and-epa.md, “Sittings, results and resits”): booking a
 * sitting of a method and recording its result (appeals against a result are {@link EpaAppeals}). A booking
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
    private final EpaRepository repository;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AssessmentService(EpaPolicy policy, EpaStore store, EpaService epa, ApprenticeshipTransitions transitions,
            Epaos epaos, EpaEmails emails, EpaRepository repository, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.policy = policy;
        this.store = store;
        this.epa = epa;
        this.transitions = transitions;
        this.epaos = epaos;
        this.emails = emails;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * A sitting as the form gave it, once its shape is checked: the method by name, the organisation chosen (null
     * when none of the directory's was), the day and time, the place and, if any, the assessor and adjustments.
     */
    public record BookingRequest(String method, UUID epaoId, LocalDate date, LocalTime time, String place,
            String assessor, String adjustments) {
    }

    @Transactional
    public UUID book(CurrentUser user, ApprenticeshipId id, BookingRequest r) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        String method = method(view.methods(), r.method()).orElseThrow(() -> new FieldValidationException("method",
                chooseMethod(view.methods())));
        UUID epao = Optional.ofNullable(r.epaoId()).flatMap(epaos::find).map(Epaos.Epao::id)
                .orElseThrow(() -> new FieldValidationException("epaoId", CHOOSE_EPAO));
        LocalDate date = r.date();
        LocalTime time = r.time();
        String place = r.place();
        String assessor = r.assessor();
        String adjustments = r.adjustments();
        Instant startsAt = date.atTime(time).atZone(GovUkDates.LONDON).toInstant();
        UUID bookingId = book(view, method, epao, startsAt, place, assessor, adjustments, user.id(), user);
        emails.toApprenticeAndEmployer("epa-booking:" + bookingId, a, "End-point assessment booked",
                method + " is booked for " + GovUkDates.date(date) + " at " + time + ", " + place + "."
                        + (adjustments == null ? "" : " Reasonable adjustments: " + adjustments));
        return bookingId;
    }

    /** What a booking says when its organisation is none of the directory's. */
    public static final String CHOOSE_EPAO = "Choose the end-point assessment organisation from the directory";

    /** The standard's method named (in any case), if it is one. */
    public static Optional<String> method(List<String> methods, String named) {
        return methods.stream().filter(m -> named != null && m.equalsIgnoreCase(named.strip())).findFirst();
    }

    /** What a booking says when its method is none of the standard's. */
    public static String chooseMethod(List<String> methods) {
        return methods.isEmpty() ? "The standard has no assessment methods to book"
                : "Choose one of the standard's methods: " + String.join(", ", methods);
    }

    /** Books a sitting; the first moves the apprenticeship into the assessment (a person's booking moves its lifecycle). */
    private UUID book(EpaView view, String method, UUID epao, Instant startsAt, String place, String assessor,
            String adjustments, UUID by, CurrentUser person) {
        EpaRecord before = view.record();
        UUID bookingId = UUID.randomUUID();
        Optional<ComponentProgress> component = view.reform().flatMap(r -> r.component(method));
        boolean onProgramme = component.map(c -> c.component().onProgramme()).orElse(false);
        EpaRecord.Change booked = onProgramme ? before.bookOnProgrammeComponent(bookingId, method, startsAt)
                : before.book(view.gateway(), bookingId, method, startsAt);
        int attempt = component.isPresent() ? attemptToBook(component.get()) : attemptToBook(view, method);
        ApprenticeshipId id = view.apprenticeship().id();
        if (person != null && !onProgramme && before.stage() == EpaStage.GATEWAY
                && view.apprenticeship().status() != waypoint.enrolment.ApprenticeshipStatus.END_POINT_ASSESSMENT) {
            transitions.endPointAssessment(person, id, LocalDate.now(clock),
                    "End-point assessment booked: " + method);
        }
        store.book(new Booking(bookingId, id, method, epao, null, startsAt, place, assessor, adjustments,
                attempt),
                by, clock.instant());
        repository.save(person == null ? booked.imported() : booked);
        // the booking gives the organisation the apprentice's name and any adjustments (docs/domain/data-protection.md)
        String organisation = epaos.find(epao).map(Epaos.Epao::name).orElse("The end-point assessment organisation");
        events.publishEvent(new waypoint.shared.personaldata.PersonalDataShared(
                view.apprenticeship().learnerId().value(),
                waypoint.shared.personaldata.PersonalDataShared.Recipient.ASSESSMENT_ORGANISATION, organisation,
                "End-point assessment booking (" + method + "): the apprentice's name, the date and place"
                        + (adjustments == null ? "" : ", and reasonable adjustments"),
                clock.instant()));
        return bookingId;
    }

    /**
     * The attempt a new sitting of a reformed plan's component is for (docs/domain/assessment-reform.md): only a
     * component the assessment organisation marks is booked with it; the next attempt while the component is open or
     * failed with attempts left (a second sitting of an attempt not graded yet is the same attempt).
     */
    static int attemptToBook(ComponentProgress c) {
        if (c.component().markedByProvider()) {
            throw new EpaRefusedException(c.name() + " is marked by the training provider: record its result, there"
                    + " is nothing to book with the assessment organisation");
        }
        return switch (c.state()) {
            case OPEN, RESIT -> c.attempts().size() + 1;
            case WAITING_FOR_GATEWAY -> throw new EpaRefusedException(c.name() + " is taken after the gateway to"
                    + " completion, which is not passed yet");
            case PASSED -> throw new EpaRefusedException(c.name() + " already has the grade "
                    + c.latest().orElseThrow().grade() + "; only a failed component is taken again");
            case FAILED -> throw new EpaRefusedException(c.name() + " has had the " + c.component().attemptsAllowed()
                    + " attempts the assessment plan allows");
        };
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

    /** A method's result, assessed on {@code assessedOn} (today when not given). */
    @Transactional
    public void recordResult(CurrentUser user, ApprenticeshipId id, String methodName, String gradeText,
            LocalDate assessedOn) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        if (view.reformed()) {
            // the assessment organisation's result entry, as for the end-point assessment, on a reformed plan
            recordComponentAttempt(user, view, methodName, gradeText, assessedOn, null);
            return;
        }
        GradingScheme scheme = view.standard().map(StandardDetails::grading).orElse(GradingScheme.none());
        GradedComponent component = OverallGrade.component(scheme, methodName).orElseThrow(
                () -> new FieldValidationException("method", scheme.components().isEmpty()
                        ? "The standard has no graded methods" : "Choose one of: " + String.join(", ",
                                scheme.components().stream().map(GradedComponent::name).toList())));
        String grade = OverallGrade.grade(component, gradeText).orElseThrow(() -> new FieldValidationException(
                "grade", component.name() + " can give only: " + String.join(", ", component.grades())));
        record(view, scheme, component, grade, assessedOn(assessedOn), user.id());
    }

    /** The result, checked against the table, the gateway, the sitting it belongs to and the attempts allowed. */
    private void record(EpaView view, GradingScheme scheme, GradedComponent component, String grade,
            LocalDate assessedOn, UUID by) {
        ApprenticeshipId id = view.apprenticeship().id();
        ComponentResult current = view.results().stream().filter(r -> r.name().equals(component.name()))
                .findFirst().orElseThrow();
        Map<String, String> grades = EpaService.latestGrades(view.results());
        grades.put(current.name(), grade);
        String overall = OverallGrade.of(scheme, grades).orElse(null);
        view.record().checkResult(overall, view.gateway());
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
        EpaRecord.Change recorded = view.record().recordResult(overall, view.gateway(), current.name(), grade,
                attempt, sitting.startsAt());
        store.result(id, current.name(), grade, attempt, assessedOn, sitting.id(), by, clock.instant());
        repository.save(recorded);
    }

    /**
     * An attempt at a component of the apprenticeship's reformed assessment (docs/domain/assessment-reform.md): a
     * provider-marked component by staff naming the provider's marker; an assessment organisation's component from
     * its result, belonging to a booked sitting as in the end-point assessment. The EPA record decides whether the
     * attempt is allowed now.
     */
    @Transactional
    public void recordComponentAttempt(CurrentUser user, ApprenticeshipId id, String componentName, String gradeText,
            LocalDate assessedOn, String marker) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        if (!view.reformed()) {
            throw new EpaRefusedException("The standard's assessment plan has no components: record the end-point"
                    + " assessment's results instead");
        }
        recordComponentAttempt(user, view, componentName, gradeText, assessedOn, marker);
    }

    /** The day an assessment was sat: today when not given, and never after today. */
    private LocalDate assessedOn(LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        return given == null ? today : EpaDates.past("assessedOn", given, "the date of the assessment", today);
    }

    private void recordComponentAttempt(CurrentUser person, EpaView view, String componentName, String gradeText,
            LocalDate assessedOn, String markerName) {
        ReformedAssessment reform = view.reform().orElseThrow();
        ComponentProgress component = reform.component(componentName).orElseThrow(() -> new FieldValidationException(
                "component", "Choose one of the components: " + String.join(", ", reform.components().stream()
                        .map(ComponentProgress::name).toList())));
        String grade = component.grades().stream().filter(g -> gradeText != null
                && g.equalsIgnoreCase(gradeText.strip())).findFirst().orElseThrow(() -> new FieldValidationException(
                        "grade", component.name() + " can give only: " + String.join(", ", component.grades())));
        LocalDate on = assessedOn(assessedOn);
        String marker = null;
        if (component.component().markedByProvider()) {
            if (markerName == null || markerName.isBlank()) {
                throw new FieldValidationException("marker", "Enter the name of the provider's marker");
            }
            marker = markerName.strip();
        }
        recordAttempt(view, component, grade, on, marker, person == null ? GatewayService.SYSTEM : person.id(),
                person);
    }

    private void recordAttempt(EpaView view, ComponentProgress component, String grade, LocalDate assessedOn,
            String marker, UUID by, CurrentUser person) {
        ApprenticeshipId id = view.apprenticeship().id();
        int attempt = component.attempts().size() + 1;
        boolean byProvider = component.component().markedByProvider();
        // the table refuses an attempt it does not allow before the sitting is looked for, so the reason is the rule's
        ComponentTable.require(component.name(), component.state(), component.actionFor(grade));
        UUID sitting = null;
        if (!byProvider) {
            ComponentResult current = view.results().stream().filter(r -> r.name().equals(component.name()))
                    .findFirst().orElseThrow();
            sitting = sitting(view, current, attempt, assessedOn).id();
        }
        Result result = new Result(null, component.name(), grade, attempt, assessedOn, clock.instant(), null, sitting,
                byProvider ? "PROVIDER" : "ASSESSMENT_ORGANISATION", marker);
        EpaRecord.Change recorded = view.record().recordComponentAttempt(view.reform().orElseThrow(), view.gateway(),
                result);
        if (person != null && view.record().stage() == EpaStage.GATEWAY && recorded.after().stage() != EpaStage.GATEWAY
                && view.apprenticeship().status() != waypoint.enrolment.ApprenticeshipStatus.END_POINT_ASSESSMENT) {
            transitions.endPointAssessment(person, id, LocalDate.now(clock),
                    "Apprenticeship assessment: "
                    + component.name() + " recorded");
        }
        store.result(id, component.name(), grade, attempt, assessedOn, sitting, result.markedBy(), marker, by,
                clock.instant());
        repository.save(recorded);
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
                        + " the booked sitting, " + GovUkDates.date(day(sittings.get(0)))));
    }

    private static LocalDate day(Booking b) {
        return b.startsAt().atZone(GovUkDates.LONDON).toLocalDate();
    }

    // --- the same steps for the system: a migration from another system, demo data (no person to authorise) ---

    /** A sitting booked in the previous system; the same guards as a person's booking. */
    @Transactional
    public UUID importBooking(ApprenticeshipSummary a, String method, UUID epaoId, Instant startsAt, String place,
            String assessor, String adjustments) {
        EpaView view = epa.view(GatewayService.systemUser(), a);
        view.record().requireEndPointAssessment();
        if (!view.methods().contains(method)) {
            throw new EpaRefusedException("The standard has no method " + method);
        }
        return book(view, method, epaoId, startsAt, place, assessor, adjustments, GatewayService.SYSTEM, null);
    }

    /**
     * A result given in the previous system; the grade must be one the method can give. Importing the same result
     * again (the method's grade on that day) adds nothing.
     */
    /**
     * An attempt at a reformed plan's component given in the previous system (or the demo data), with the provider's
     * marker for a provider-marked one; the same guards as a person's. The same attempt again adds nothing.
     */
    @Transactional
    public void importComponentAttempt(ApprenticeshipSummary a, String component, String grade,
            LocalDate assessedOn, String marker) {
        EpaView view = epa.view(GatewayService.systemUser(), a);
        view.record().requireEndPointAssessment();
        boolean known = view.results().stream().filter(r -> r.name().equalsIgnoreCase(component))
                .flatMap(r -> r.attempts().stream())
                .anyMatch(r -> r.assessedOn().equals(assessedOn) && r.grade().equalsIgnoreCase(grade));
        if (!known) {
            recordComponentAttempt(null, view, component, grade, assessedOn, marker);
        }
    }

    @Transactional
    public void importResult(ApprenticeshipSummary a, String method, String gradeText, LocalDate assessedOn) {
        EpaView view = epa.view(GatewayService.systemUser(), a);
        view.record().requireEndPointAssessment();
        if (view.reformed()) {
            importComponentAttempt(a, method, gradeText, assessedOn, null);
            return;
        }
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
