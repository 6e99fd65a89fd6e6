package waypoint.enrolment.internal.apprenticeship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipEmployerChanged;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipPriceChanged;
import waypoint.enrolment.ApprenticeshipStatusChanged;
import waypoint.enrolment.ApprovedHoursInBreak;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.BreakInLearning;
import waypoint.enrolment.EmploymentLists.Benefits;
import waypoint.enrolment.EmploymentLists.EmpStat;
import waypoint.enrolment.EmploymentLists.LengthOfEmployment;
import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.apprenticeship.StatusChange.Recorded;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;
import waypoint.organisation.EmployerId;
import waypoint.shared.money.Money;

/**
 * Moves apprenticeships through their lifecycle: one method per transition, each authorised (the person must manage
 * the apprenticeship), checked by the {@link LifecycleTable} and the aggregate's guards, saved with its timeline
 * entry, and announced. A move the table refuses throws {@link TransitionRefusedException}. Where the caller passes
 * the version it showed, a change someone else made since is refused rather than overwritten.
 */
@Service
public class ApprenticeshipLifecycle {

    private final ApprenticeshipRepository apprenticeships;
    private final StatusChanges changes;
    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;
    private final Apprenticeships summaries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<ApprovedHoursInBreak> approvedHours;
    private final waypoint.catalogue.Standards standards;
    private final UnitAssessments unitAssessments;

    ApprenticeshipLifecycle(ApprenticeshipRepository apprenticeships, StatusChanges changes,
            ApprenticeshipPolicy policy, ApprenticeshipViewers viewers, Apprenticeships summaries,
            ApplicationEventPublisher events, Clock clock, ObjectProvider<ApprovedHoursInBreak> approvedHours,
            waypoint.catalogue.Standards standards, UnitAssessments unitAssessments) {
        this.standards = standards;
        this.unitAssessments = unitAssessments;
        this.approvedHours = approvedHours;
        this.apprenticeships = apprenticeships;
        this.changes = changes;
        this.policy = policy;
        this.viewers = viewers;
        this.summaries = summaries;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Onboarding → In learning on the actual start date, which the apprenticeship takes as its start date.
     * Onboarding's completeness is checked by the onboarding service before it calls.
     */
    @Transactional
    public ApprenticeshipSummary start(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate actualStart) {
        return change(user, apprenticeshipId, null, a -> a.start(actualStart, today(), recorded(user)));
    }

    /**
     * What a break in learning is recorded with; {@code unapproveHours}: the person confirms that approved
     * off-the-job hours from the start of the break are un-approved (see {@link ApprovedHoursInBreak}).
     */
    public record BreakRequest(LocalDate effectiveDate, LocalDate expectedReturnDate, boolean employerAgreed,
            boolean employmentEnded, String reason, Integer version, boolean unapproveHours) {

        public BreakRequest(LocalDate effectiveDate, LocalDate expectedReturnDate, boolean employerAgreed,
                boolean employmentEnded, String reason, Integer version) {
            this(effectiveDate, expectedReturnDate, employerAgreed, employmentEnded, reason, version, false);
        }
    }

    @Transactional
    public ApprenticeshipSummary takeBreak(CurrentUser user, ApprenticeshipId apprenticeshipId, BreakRequest request) {
        return change(user, apprenticeshipId, request.version(), a -> a.takeBreak(request.effectiveDate(),
                request.expectedReturnDate(), request.employerAgreed(), request.employmentEnded(), request.reason(),
                approvedFrom(apprenticeshipId, request.effectiveDate()), request.unapproveHours(), recorded(user)));
    }

    private Optional<String> approvedFrom(ApprenticeshipId apprenticeshipId, LocalDate date) {
        ApprovedHoursInBreak hours = approvedHours.getIfAvailable();
        return hours == null || date == null
                ? Optional.empty() : hours.approvedFrom(apprenticeshipId, date);
    }

    @Transactional
    public ApprenticeshipSummary returnFromBreak(CurrentUser user, ApprenticeshipId apprenticeshipId,
            LocalDate effectiveDate,
            String reason, Integer version) {
        return change(user, apprenticeshipId, version, a -> {
            BreakInLearning ongoing = changes.ongoingBreak(apprenticeshipId).orElseThrow(
                    () -> new TransitionRefusedException("The apprentice is not on a break in learning"));
            return a.returnFromBreak(effectiveDate, ongoing, reason, recorded(user));
        });
    }

    @Transactional
    public ApprenticeshipSummary withdraw(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate effectiveDate,
            WithdrawalReason withdrawalReason, String reason, Integer version) {
        return change(user, apprenticeshipId, version,
                a -> a.withdraw(effectiveDate, withdrawalReason, reason, recorded(user)));
    }

    @Transactional
    public ApprenticeshipSummary changeEmployer(CurrentUser user, ApprenticeshipId apprenticeshipId,
            EmployerId employerId,
            UUID lineManagerId, LocalDate effectiveDate, String reason, Integer version) {
        UUID[] previous = new UUID[1];
        ApprenticeshipSummary changed = change(user, apprenticeshipId, version, a -> {
            checkEmployer(employerId.value(), lineManagerId);
            previous[0] = a.employerId();
            return a.changeEmployer(employerId.value(), lineManagerId, effectiveDate, today(), reason, recorded(user));
        });
        events.publishEvent(new ApprenticeshipEmployerChanged(apprenticeshipId,
                new EmployerId(previous[0]), employerId,
                effectiveDate, user.id()));
        return changed;
    }

    @Transactional
    public ApprenticeshipSummary gateway(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate effectiveDate,
            String reason, Integer version) {
        return change(user, apprenticeshipId, version, a -> a.gateway(effectiveDate, reason, recorded(user)));
    }

    @Transactional
    public ApprenticeshipSummary endPointAssessment(CurrentUser user, ApprenticeshipId apprenticeshipId,
            LocalDate effectiveDate,
            String reason, Integer version) {
        return change(user, apprenticeshipId, version,
                a -> a.endPointAssessment(effectiveDate, reason, recorded(user)));
    }

    @Transactional
    public ApprenticeshipSummary complete(CurrentUser user, ApprenticeshipId apprenticeshipId, LocalDate effectiveDate,
            String reason, Integer version) {
        return change(user, apprenticeshipId, version, a -> a.complete(effectiveDate, reason, recorded(user)));
    }

    /**
     * An apprenticeship unit's provider test, validated by the employer: in learning → completed, with the record
     * kept (docs/domain/programme-types.md). Refused for any other programme type.
     */
    @Transactional
    public ApprenticeshipSummary completeUnit(CurrentUser user, ApprenticeshipId apprenticeshipId,
            UnitAssessment assessment,
            Integer version) {
        Apprenticeship found = managed(user, apprenticeshipId);
        boolean unit = standards.find(found.standardReference(), found.standardVersion())
                .map(s -> s.programmeType() == waypoint.rules.ProgrammeType.APPRENTICESHIP_UNIT).orElse(false);
        ApprenticeshipSummary done = change(user, apprenticeshipId, version,
                a -> a.completeUnit(assessment, unit, today(), recorded(user)));
        unitAssessments.insert(apprenticeshipId, assessment, recorded(user));
        return done;
    }

    /** An employment status from a date, as staff enter it (docs/domain/ilr.md, "Employment status"). */
    public record EmploymentRequest(LocalDate appliesFrom, EmpStat status, LengthOfEmployment lengthOfEmployment,
            Benefits benefits) {

        /** The date and the status are what a record is; the form asks for them before it gets here. */
        public EmploymentRequest {
            java.util.Objects.requireNonNull(appliesFrom, "the date the employment status applies from");
            java.util.Objects.requireNonNull(status, "the employment status");
        }
    }

    /** Records the apprentice's employment status: for staff who manage the apprenticeship, and the data officer. */
    @Transactional
    public List<EmploymentStatus> recordEmploymentStatus(CurrentUser user, ApprenticeshipId apprenticeshipId,
            EmploymentRequest request) {
        return recordEmployment(employmentRecorder(user, apprenticeshipId), request);
    }

    /**
     * Refuses who may not record the employment status: not found for who may not see the apprenticeship, denied for
     * who may see it only. An API checks this before it reads what was sent.
     */
    @Transactional(readOnly = true)
    public void requireEmploymentRecorder(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        employmentRecorder(user, apprenticeshipId);
    }

    private Apprenticeship employmentRecorder(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipViewer viewer = viewers.of(user);
        Apprenticeship apprenticeship = policy.seenBy(viewer, apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
        if (!policy.canRecordEmployment(viewer, apprenticeship)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship record its employment status");
        }
        return apprenticeship;
    }

    /** Whether the person may record the apprentice's employment status (so a page knows whether to offer it). */
    @Transactional(readOnly = true)
    public boolean mayRecordEmployment(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipViewer viewer = viewers.of(user);
        return policy.seenBy(viewer, apprenticeshipId)
                .filter(a -> policy.canRecordEmployment(viewer, a)).isPresent();
    }

    /** For the system (demo data, imports): the same checks as a person's record. */
    @Transactional
    public List<EmploymentStatus> recordEmploymentStatus(ApprenticeshipId apprenticeshipId, EmploymentRequest request) {
        return recordEmployment(load(apprenticeshipId), request);
    }

    /** The employment status records of an apprenticeship the person may see, earliest first. */
    @Transactional(readOnly = true)
    public List<EmploymentStatus> employment(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipViewer viewer = viewers.of(user);
        return policy.seenBy(viewer, apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("Apprenticeship")).employment();
    }

    private List<EmploymentStatus> recordEmployment(Apprenticeship apprenticeship, EmploymentRequest request) {
        apprenticeship.recordEmploymentStatus(request.appliesFrom(), request.status(), request.lengthOfEmployment(),
                request.benefits());
        apprenticeships.save(apprenticeship);
        events.publishEvent(RecordChanged.updated("Apprenticeship", apprenticeship.id().value(), "employment status",
                "employment status from " + request.appliesFrom() + ": " + request.status().label()));
        return apprenticeship.employment();
    }

    /** A new price from a date; {@code smallEmployer} null leaves the employer's size as recorded. */
    public record PriceRequest(LocalDate appliesFrom, Money trainingPrice, Money assessmentPrice,
            String reason, Boolean smallEmployer) {

        /** A price is its date, both amounts and why; the form asks for them before it gets here. */
        public PriceRequest {
            java.util.Objects.requireNonNull(appliesFrom, "the date the price applies from");
            java.util.Objects.requireNonNull(trainingPrice, "the training price");
            java.util.Objects.requireNonNull(assessmentPrice, "the assessment price");
            java.util.Objects.requireNonNull(reason, "why the price changed");
        }
    }

    /**
     * Records a new price from a date (and, if given, whether the employer is a small employer): for managers and
     * the data officer; refused with field errors naming the rule (docs/domain/funding-rules.md, The price).
     */
    @Transactional
    public List<AgreedPrice> changePrice(CurrentUser user, ApprenticeshipId apprenticeshipId, PriceRequest request) {
        return priced(priceChanger(user, apprenticeshipId), request, recorded(user));
    }

    /** Refuses who may not change the price, as {@link #requireEmploymentRecorder} does. */
    @Transactional(readOnly = true)
    public void requirePriceChanger(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        priceChanger(user, apprenticeshipId);
    }

    private Apprenticeship priceChanger(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipViewer viewer = viewers.of(user);
        Apprenticeship apprenticeship = policy.seenBy(viewer, apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
        if (!policy.canChangePrice(viewer, apprenticeship)) {
            throw new AccessDeniedException("Only managers and the data officer change an apprenticeship's price");
        }
        return apprenticeship;
    }

    /** Whether the person may change the price (so a page knows whether to offer it). */
    @Transactional(readOnly = true)
    public boolean mayChangePrice(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipViewer viewer = viewers.of(user);
        return policy.seenBy(viewer, apprenticeshipId)
                .filter(a -> policy.canChangePrice(viewer, a)).isPresent();
    }

    /** For the system (demo data): the same checks as a person's. */
    @Transactional
    public List<AgreedPrice> changePrice(ApprenticeshipId apprenticeshipId, PriceRequest request) {
        return priced(load(apprenticeshipId), request, new Recorded(clock.instant(), null));
    }

    private List<AgreedPrice> priced(Apprenticeship apprenticeship, PriceRequest request, Recorded recorded) {
        String before = apprenticeship.prices().toString();
        ApprenticeshipPriceChanged changed = apprenticeship.changePrice(request.appliesFrom(),
                request.trainingPrice(), request.assessmentPrice(), request.reason(), recorded);
        if (request.smallEmployer() != null) {
            apprenticeship.recordEmployerSize(request.smallEmployer());
        }
        apprenticeships.save(apprenticeship);
        events.publishEvent(RecordChanged.updated("Apprenticeship", apprenticeship.id().value(), before,
                "price from " + request.appliesFrom() + ": training " + request.trainingPrice() + ", assessment "
                        + request.assessmentPrice()));
        events.publishEvent(changed);
        return apprenticeship.prices();
    }

    /** The dated prices of an apprenticeship the person may see, earliest first. */
    @Transactional(readOnly = true)
    public List<AgreedPrice> prices(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipViewer viewer = viewers.of(user);
        return policy.seenBy(viewer, apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("Apprenticeship")).prices();
    }

    /** What the system may do (demo data, imports): a move of the table, by no one in particular. */
    public enum SystemStep {
        START, GATEWAY, END_POINT_ASSESSMENT, COMPLETE
    }

    /** For the system: moves an apprenticeship without asking anyone's permission (demo data). */
    @Transactional
    public ApprenticeshipSummary move(ApprenticeshipId id, SystemStep step, LocalDate date, String reason) {
        Recorded system = new Recorded(clock.instant(), null);
        return save(load(id), a -> switch (step) {
            case START -> a.start(date, today(), system);
            case GATEWAY -> a.gateway(date, reason, system);
            case END_POINT_ASSESSMENT -> a.endPointAssessment(date, reason, system);
            case COMPLETE -> a.complete(date, reason, system);
        });
    }

    /** For the system: a break in learning, agreed with the employer. */
    @Transactional
    public ApprenticeshipSummary breakInLearning(ApprenticeshipId id, LocalDate date, LocalDate expectedReturn,
            String reason) {
        return save(load(id), a -> a.takeBreak(date, expectedReturn, true, false, reason,
                approvedFrom(id, date), false, new Recorded(clock.instant(), null)));
    }

    /**
     * For the system: back from the break in learning on that date (an apprenticeship brought in from another system's
     * ILR file whose break is over), through the same rules as a return recorded on the apprenticeship's page.
     */
    @Transactional
    public ApprenticeshipSummary returnFromBreak(ApprenticeshipId id, LocalDate date, String reason) {
        return save(load(id), a -> {
            BreakInLearning ongoing = changes.ongoingBreak(id).orElseThrow(() -> new TransitionRefusedException(
                    "The apprentice is not on a break in learning"));
            return a.returnFromBreak(date, ongoing, reason, new Recorded(clock.instant(), null));
        });
    }

    /** For the system: a withdrawal. */
    @Transactional
    public ApprenticeshipSummary withdraw(ApprenticeshipId id, LocalDate date, WithdrawalReason why, String reason) {
        return save(load(id), a -> a.withdraw(date, why, reason, new Recorded(clock.instant(), null)));
    }

    private Apprenticeship load(ApprenticeshipId id) {
        return apprenticeships.findById(id.value()).orElseThrow(() -> new NotFoundException("Apprenticeship"));
    }

    private ApprenticeshipSummary change(CurrentUser user, ApprenticeshipId id, Integer shownVersion,
            Function<Apprenticeship, StatusChange> transition) {
        Apprenticeship apprenticeship = managed(user, id);
        if (shownVersion != null && !shownVersion.equals(apprenticeship.version())) {
            throw new OptimisticLockingFailureException("Someone else changed this apprenticeship since you opened it");
        }
        return save(apprenticeship, transition);
    }

    private ApprenticeshipSummary save(Apprenticeship apprenticeship, Function<Apprenticeship, StatusChange> transition) {
        UUID id = apprenticeship.id().value();
        String before = apprenticeship.summary();
        StatusChange change = transition.apply(apprenticeship);
        apprenticeships.save(apprenticeship);
        changes.add(change);
        events.publishEvent(RecordChanged.updated("Apprenticeship", id, before, apprenticeship.summary()));
        if (change.from() != change.to()) {
            events.publishEvent(new ApprenticeshipStatusChanged(new ApprenticeshipId(id), change.from(), change.to(),
                    change.effectiveDate(),
                    change.reason()));
        }
        return summaries.find(new ApprenticeshipId(id)).orElseThrow();
    }

    /** The apprenticeship, if the person manages it; one they may only see is refused, one they may not is absent. */
    /**
     * Refuses who may not move the apprenticeship through its lifecycle: not found for who may not see it, denied for
     * who may see it only. An API checks this before it reads what was sent.
     */
    @Transactional(readOnly = true)
    public void requireManager(CurrentUser user, ApprenticeshipId id) {
        managed(user, id);
    }

    Apprenticeship managed(CurrentUser user, ApprenticeshipId id) {
        ApprenticeshipViewer viewer = viewers.of(user);
        Apprenticeship apprenticeship = policy.seenBy(viewer, id)
                .orElseThrow(() -> new NotFoundException("Apprenticeship"));
        if (!policy.canManage(viewer, apprenticeship)) {
            throw new AccessDeniedException("Only staff working on this apprenticeship may change it");
        }
        return apprenticeship;
    }

    /**
     * Names the apprentice's line manager, or a new one, at the employer they work for now (docs/domain/enrolment.md,
     * "The line manager").
     */
    @Transactional
    public ApprenticeshipSummary changeLineManager(CurrentUser user, ApprenticeshipId apprenticeshipId,
            UUID lineManagerId, LocalDate effectiveDate, String reason, Integer version) {
        return change(user, apprenticeshipId, version, a -> {
            checkLineManager(a, lineManagerId);
            return a.changeLineManager(lineManagerId, effectiveDate, today(), reason, recorded(user));
        });
    }

    /** For the system: names the line manager (demo data), through the same rules as the apprenticeship's page. */
    @Transactional
    public ApprenticeshipSummary changeLineManager(ApprenticeshipId id, UUID lineManagerId, LocalDate date,
            String reason) {
        return save(load(id), a -> {
            checkLineManager(a, lineManagerId);
            return a.changeLineManager(lineManagerId, date, today(), reason, new Recorded(clock.instant(), null));
        });
    }

    private void checkLineManager(Apprenticeship a, UUID lineManagerId) {
        if (lineManagerId != null && !changes.employerWithManagerExists(a.employerId(), lineManagerId)) {
            throw new FieldValidationException("lineManagerId",
                    "Select a line manager who works for the apprentice's employer");
        }
    }

    private void checkEmployer(UUID employerId, UUID lineManagerId) {
        // the aggregate checks that there is a new employer; here, that it and its line manager exist together
        if (employerId == null) {
            return;
        }
        boolean fine = changes.employerWithManagerExists(employerId, lineManagerId);
        if (!fine) {
            throw new FieldValidationException(lineManagerId == null ? "employerId" : "lineManagerId",
                    lineManagerId == null ? "Select the new employer"
                            : "Select a line manager who works for the new employer");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Recorded recorded(CurrentUser user) {
        return new Recorded(clock.instant(), user.id());
    }
}
