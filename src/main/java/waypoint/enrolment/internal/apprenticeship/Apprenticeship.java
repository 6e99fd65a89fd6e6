package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipPriceChanged;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.BreakInLearning;
import waypoint.enrolment.DeliveryModel;
import waypoint.enrolment.EmploymentLists.Benefits;
import waypoint.enrolment.EmploymentLists.EmpStat;
import waypoint.enrolment.EmploymentLists.LengthOfEmployment;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.Refusals;
import waypoint.enrolment.internal.apprenticeship.StatusChange.Recorded;
import waypoint.shared.money.Money;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * An apprenticeship: a learner, their employer and line manager, a standard version, a tutor and other staff, the
 * dates, hours, delivery and funding, and a status. The status moves only by the intention-named methods below,
 * each checked against the {@link LifecycleTable} and its guards, each answering the timeline entry to record.
 */
@Table("apprenticeship")
public class Apprenticeship {

    /**
     * A break is not for leave or an absence of 4 weeks or less (docs/domain/funding-rules.md, Breaks, withdrawal and
     * change of employer; funding rules 2025-26, “breaks in learning”).
     */
    static final int SHORTEST_BREAK_DAYS = 28;

    @Id
    private final UUID id;
    private final UUID learnerId;
    private UUID employerId;
    private UUID lineManagerId;
    private final String standardReference;
    private final String standardVersion;
    private UUID tutorId;
    @MappedCollection(idColumn = "apprenticeship_id")
    private Set<AssignedStaff> staff;
    @MappedCollection(idColumn = "apprenticeship_id")
    private Set<EmploymentStatus> employment;
    @MappedCollection(idColumn = "apprenticeship_id")
    private Set<AgreedPrice> prices;
    private Boolean smallEmployer;
    private LocalDate startDate;
    private LocalDate plannedEndDate;
    private Integer epaPeriodMonths;
    private BigDecimal weeklyHours;
    private DeliveryModel deliveryModel;
    private String deliveryLink;
    private String studyDays;
    private FundingType fundingType;
    private BigDecimal trainingPrice;
    private BigDecimal epaPrice;
    private UUID epaoId;
    private ApprenticeshipStatus status;
    private final boolean migrated;
    private final Instant createdAt;
    private final UUID createdBy;
    private final String creationKey;
    @Version
    private Integer version;

    /** The facts it is recorded with; the status is set by how it is recorded. */
    public record Terms(UUID learnerId, UUID employerId, UUID lineManagerId, String standardReference,
            String standardVersion, UUID tutorId, Set<AssignedStaff> staff, LocalDate startDate,
            LocalDate plannedEndDate, Integer epaPeriodMonths, BigDecimal weeklyHours, DeliveryModel deliveryModel,
            String deliveryLink, Set<DayOfWeek> studyDays, FundingType fundingType, Money trainingPrice,
            Money epaPrice, UUID epaoId) {
    }

    @PersistenceCreator
    Apprenticeship(UUID id, UUID learnerId, UUID employerId, UUID lineManagerId, String standardReference,
            String standardVersion, UUID tutorId, Set<AssignedStaff> staff, Set<EmploymentStatus> employment,
            Set<AgreedPrice> prices, Boolean smallEmployer,
            LocalDate startDate, LocalDate plannedEndDate, Integer epaPeriodMonths, BigDecimal weeklyHours,
            DeliveryModel deliveryModel, String deliveryLink, String studyDays, FundingType fundingType,
            BigDecimal trainingPrice, BigDecimal epaPrice, UUID epaoId, ApprenticeshipStatus status, boolean migrated,
            Instant createdAt, UUID createdBy, String creationKey, Integer version) {
        this.id = id;
        this.learnerId = learnerId;
        this.employerId = employerId;
        this.lineManagerId = lineManagerId;
        this.standardReference = standardReference;
        this.standardVersion = standardVersion;
        this.tutorId = tutorId;
        this.staff = staff == null ? new HashSet<>() : new HashSet<>(staff);
        this.employment = employment == null ? new HashSet<>() : new HashSet<>(employment);
        this.prices = prices == null ? new HashSet<>() : new HashSet<>(prices);
        this.smallEmployer = smallEmployer;
        this.startDate = startDate;
        this.plannedEndDate = plannedEndDate;
        this.epaPeriodMonths = epaPeriodMonths;
        this.weeklyHours = weeklyHours;
        this.deliveryModel = deliveryModel;
        this.deliveryLink = deliveryLink;
        this.studyDays = studyDays;
        this.fundingType = fundingType;
        this.trainingPrice = trainingPrice;
        this.epaPrice = epaPrice;
        this.epaoId = epaoId;
        this.status = status;
        this.migrated = migrated;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.creationKey = creationKey;
        this.version = version;
    }

    /** A new apprenticeship: it begins in onboarding. */
    static Apprenticeship enrol(Terms terms, Recorded recorded, String creationKey) {
        return of(terms, ApprenticeshipStatus.ONBOARDING, false, recorded, creationKey);
    }

    /** One under way in another system, brought in at its current status, without onboarding. */
    static Apprenticeship migrate(Terms terms, ApprenticeshipStatus status, Recorded recorded, String creationKey) {
        return of(terms, status, true, recorded, creationKey);
    }

    private static Apprenticeship of(Terms t, ApprenticeshipStatus status, boolean migrated, Recorded recorded,
            String creationKey) {
        String days = t.studyDays() == null ? null : t.studyDays().stream().sorted().map(DayOfWeek::name)
                .collect(Collectors.joining(","));
        // the price agreed at the start is the first of its dated prices (docs/domain/funding-rules.md, The price)
        Set<AgreedPrice> prices = t.trainingPrice() == null && t.epaPrice() == null ? null
                : Set.of(AgreedPrice.of(t.startDate(), orZero(t.trainingPrice()), orZero(t.epaPrice()),
                        "Agreed at the start", recorded.at(), recorded.by()));
        return new Apprenticeship(UUID.randomUUID(), t.learnerId(), t.employerId(), t.lineManagerId(),
                t.standardReference(), t.standardVersion(), t.tutorId(), t.staff(), null, prices, null, t.startDate(),
                t.plannedEndDate(),
                t.epaPeriodMonths(), t.weeklyHours(), t.deliveryModel(), t.deliveryLink(),
                days == null || days.isEmpty() ? null : days, t.fundingType(), pounds(t.trainingPrice()),
                pounds(t.epaPrice()), t.epaoId(), status, migrated, recorded.at(), recorded.by(), creationKey, null);
    }

    /**
     * Onboarding is complete (checked by the onboarding service): learning starts, on the day it actually started,
     * which becomes the start date. It cannot be after {@code today}. A start on another day than planned moves the
     * planned end by as many days, so the planned duration stays as agreed (docs/domain/enrolment.md, "Starting").
     */
    StatusChange start(LocalDate actualStart, LocalDate today, Recorded recorded) {
        ApprenticeshipStatus to = LifecycleTable.require(status, Transition.START);
        if (actualStart == null) {
            throw new FieldValidationException("startDate", "Enter the date the apprenticeship actually started");
        }
        if (actualStart.isAfter(today)) {
            throw new FieldValidationException("startDate", "The actual start date must be today or in the past:"
                    + " start the apprenticeship once learning has begun");
        }
        // the ILR needs an employment status that applies on the learning start date, and not "not known"
        // (docs/domain/ilr.md, "Employment status")
        EmploymentStatus applying = employmentOn(actualStart).orElseThrow(() -> new FieldValidationException(
                "startDate", "An employment status record must apply on the start date: record the apprentice's"
                + " employment status, dated on or before " + GovUkDates.date(actualStart) + ", first"));
        if (applying.status() == EmpStat.NOT_KNOWN) {
            throw new FieldValidationException("startDate", "The employment status on the start date of an"
                    + " apprenticeship must not be unknown: record it, dated on or before "
                    + GovUkDates.date(actualStart));
        }
        LocalDate planned = startDate;
        long moved = ChronoUnit.DAYS.between(planned, actualStart);
        startDate = actualStart;
        plannedEndDate = plannedEndDate.plusDays(moved);
        // the price agreed at the start applies from the actual start
        java.util.List<AgreedPrice> fromPlannedStart = prices.stream().filter(p -> p.appliesFrom().equals(planned))
                .toList();
        fromPlannedStart.forEach(p -> {
            prices.remove(p);
            prices.add(AgreedPrice.of(actualStart, p.training(), p.assessment(), p.reason(),
                    p.recordedAt(), p.recordedBy()));
        });
        StatusChange started = change(Transition.START, to, actualStart, recorded, moved == 0 ? null
                : "Started on " + GovUkDates.date(actualStart) + ", planned for " + GovUkDates.date(planned));
        return moved == 0 ? started : started.withPlannedEndMoved(moved);
    }

    /**
     * A break in learning: the employer has agreed (not needed when the employment itself has ended), the apprentice
     * means to return by a date, and the absence is longer than 4 weeks (docs/domain/off-the-job-hours.md, Breaks in
     * learning). {@code approvedHoursFrom}: approved off-the-job hours dated on or after {@code date}, in words; the
     * break is refused over them unless {@code unapproveConfirmed} (they are then un-approved), so no approved hour
     * ever falls inside a break. The expected return and the reason are given (the form asks for them).
     */
    StatusChange takeBreak(LocalDate date, LocalDate expectedReturn, boolean employerAgreed, boolean employmentEnded,
            String reason, java.util.Optional<String> approvedHoursFrom, boolean unapproveConfirmed,
            Recorded recorded) {
        ApprenticeshipStatus to = LifecycleTable.require(status, Transition.BREAK);
        java.util.Objects.requireNonNull(expectedReturn, "the expected return");
        Refusals refusals = dated(date);
        if (approvedHoursFrom.isPresent() && !unapproveConfirmed) {
            refusals.refuse("unapproveHours", "The break would start before off-the-job hours already approved ("
                    + approvedHoursFrom.get() + "): choose a start after them, or confirm that they go back to"
                    + " waiting for approval");
        }
        if (!employerAgreed && !employmentEnded) {
            refusals.refuse("employerAgreed", "A break in learning needs the employer's agreement");
        }
        if (date != null && ChronoUnit.DAYS.between(date, expectedReturn) <= SHORTEST_BREAK_DAYS) {
            refusals.refuse("expectedReturnDate", "A break in learning is not for an absence of 4 weeks or less:"
                    + " the expected return must be after " + GovUkDates.date(date.plusDays(SHORTEST_BREAK_DAYS)));
        }
        refusals.throwIfAny();
        return change(Transition.BREAK, to, date, recorded, reason)
                .withBreak(expectedReturn, employerAgreed, employmentEnded);
    }

    /**
     * Back from a break: the planned end date moves by the length of the break (docs/domain/funding-rules.md, Breaks).
     */
    StatusChange returnFromBreak(LocalDate date, BreakInLearning ongoing, String reason, Recorded recorded) {
        ApprenticeshipStatus to = LifecycleTable.require(status, Transition.RETURN);
        Refusals refusals = dated(date);
        if (date != null && date.isBefore(ongoing.startDate())) {
            refusals.refuse("effectiveDate", "The return must be on or after the start of the break, "
                    + GovUkDates.date(ongoing.startDate()));
        }
        refusals.throwIfAny();
        long days = ChronoUnit.DAYS.between(ongoing.startDate(), date);
        if (!isBreakInLearning(ongoing.startDate(), date)) {
            // back within 4 weeks: an absence, not a break in learning, so nothing moves and no break is recorded
            String note = "Back within 4 weeks: not a break in learning, so the planned end date stays";
            return change(Transition.RETURN, to, date, recorded,
                    reason == null || reason.isBlank() ? note : reason.strip() + ". " + note);
        }
        plannedEndDate = plannedEndDate.plusDays(days);
        return change(Transition.RETURN, to, date, recorded, reason).withPlannedEndMoved(days);
    }

    /**
     * Whether an absence from {@code from} to the return on {@code back} counts as a break in learning: more than
     * 4 weeks (docs/domain/off-the-job-hours.md, Breaks in learning). One of 4 weeks or less is not recorded as one.
     */
    static boolean isBreakInLearning(LocalDate from, LocalDate back) {
        return ChronoUnit.DAYS.between(from, back) > SHORTEST_BREAK_DAYS;
    }

    /** Withdrawn, with the ILR's withdrawal reason and why (the form asks for both). */
    StatusChange withdraw(LocalDate date, WithdrawalReason why, String reason, Recorded recorded) {
        ApprenticeshipStatus to = LifecycleTable.require(status, Transition.WITHDRAW);
        java.util.Objects.requireNonNull(why, "the withdrawal reason");
        dated(date).throwIfAny();
        return change(Transition.WITHDRAW, to, date, recorded, reason).withWithdrawal(why);
    }

    /**
     * A new employer takes the apprentice on; the status stays as it is. Recorded on or after the day it happens, never
     * ahead: until then the current employer works with the apprentice and keeps access. The new employer and the
     * reason are given (the form asks for them).
     */
    StatusChange changeEmployer(UUID newEmployer, UUID newLineManager, LocalDate date, LocalDate today, String reason,
            Recorded recorded) {
        ApprenticeshipStatus to = LifecycleTable.require(status, Transition.CHANGE_EMPLOYER);
        java.util.Objects.requireNonNull(newEmployer, "the new employer");
        Refusals refusals = dated(date);
        if (date != null && date.isAfter(today)) {
            refusals.refuse("effectiveDate", "Record the change of employer on or after the day it happens: the"
                    + " current employer works with the apprentice until then");
        }
        if (newEmployer.equals(employerId)) {
            refusals.refuse("employerId", "Select an employer other than the current one");
        }
        refusals.throwIfAny();
        UUID previous = employerId;
        employerId = newEmployer;
        lineManagerId = newLineManager;
        // the ILR's employment status from the change: employed by the new employer, for up to 3 months so far
        employment.removeIf(e -> e.appliesFrom().equals(date));
        employment.add(new EmploymentStatus(date, EmpStat.IN_PAID_EMPLOYMENT, newEmployer,
                LengthOfEmployment.UP_TO_3_MONTHS, latestBenefits(date)));
        return change(Transition.CHANGE_EMPLOYER, to, date, recorded, reason).withEmployers(previous, newEmployer);
    }

    /**
     * The employer names the apprentice's line manager, or a new one: someone at the same employer (the lifecycle
     * checks the contact is theirs), who from then on sees the apprenticeship and signs for the employer. The status
     * stays as it is; a record that has ended keeps the line manager it ended with. Recorded on or after the day it
     * happens, never ahead, like a change of employer.
     */
    StatusChange changeLineManager(UUID newLineManager, LocalDate date, LocalDate today, String reason,
            Recorded recorded) {
        ApprenticeshipStatus to = LifecycleTable.require(status, Transition.CHANGE_LINE_MANAGER);
        Refusals refusals = dated(date);
        if (newLineManager == null) {
            refusals.refuse("lineManagerId", "Select the line manager");
        } else if (newLineManager.equals(lineManagerId)) {
            refusals.refuse("lineManagerId", "Select a line manager other than the current one");
        }
        if (date != null && date.isAfter(today)) {
            refusals.refuse("effectiveDate", "Record the change of line manager on or after the day it happens");
        }
        refusals.throwIfAny();
        lineManagerId = newLineManager;
        return change(Transition.CHANGE_LINE_MANAGER, to, date, recorded, reason);
    }

    /**
     * Records the apprentice's employment status from a date (docs/domain/ilr.md, "Employment status"): in paid
     * employment names the apprenticeship's employer and needs how long they have been employed; not in paid
     * employment names no employer and no length of employment. A record on the same date is replaced. The date and
     * the status are given (the request says so).
     */
    void recordEmploymentStatus(LocalDate from, EmpStat empStat, LengthOfEmployment length, Benefits benefits) {
        if (empStat == EmpStat.IN_PAID_EMPLOYMENT && length == null) {
            throw new FieldValidationException("lengthOfEmployment", "Select how long they have been employed: the"
                    + " ILR needs it for someone in paid employment");
        }
        if (empStat != EmpStat.IN_PAID_EMPLOYMENT && length != null) {
            throw new FieldValidationException("lengthOfEmployment", "Leave the length of employment empty for"
                    + " someone not in paid employment");
        }
        employment.removeIf(e -> e.appliesFrom().equals(from));
        employment.add(new EmploymentStatus(from, empStat,
                empStat == EmpStat.IN_PAID_EMPLOYMENT ? employerId : null, length, benefits));
    }

    /**
     * A new price from a date (docs/domain/funding-rules.md, The price): the training (TNP1) and assessment (TNP2)
     * prices, each £0 or more in pounds and pence, from a date on or after the start; a price from the same date is
     * replaced. The apprenticeship's price becomes the latest. Refused, with a field error naming the rule, when a
     * price is negative or not in pounds and pence, the date is before the start, or the apprenticeship has ended
     * (withdrawn or completed). The date, both prices and the reason are given (the request says so). Answers the
     * change to announce.
     */
    ApprenticeshipPriceChanged changePrice(LocalDate from, Money training, Money assessment, String reason,
            Recorded recorded) {
        Refusals refusals = new Refusals();
        if (status == ApprenticeshipStatus.WITHDRAWN || status == ApprenticeshipStatus.COMPLETED) {
            refusals.refuse("appliesFrom", "The price of a " + (status == ApprenticeshipStatus.WITHDRAWN
                    ? "withdrawn" : "completed") + " apprenticeship cannot change");
        } else if (from.isBefore(startDate)) {
            refusals.refuse("appliesFrom", "The price must apply from the start date, " + GovUkDates.date(startDate)
                    + ", or later: the ILR dates each price (TNP) within the apprenticeship");
        }
        priceRule(training, "trainingPrice", "training price (TNP1)", refusals);
        priceRule(assessment, "assessmentPrice", "assessment price (TNP2)", refusals);
        refusals.throwIfAny();
        prices.removeIf(p -> p.appliesFrom().equals(from));
        prices.add(AgreedPrice.of(from, training, assessment, reason.strip(), recorded.at(),
                recorded.by()));
        AgreedPrice latest = prices().get(prices.size() - 1);
        trainingPrice = latest.training().pounds();
        epaPrice = latest.assessment().pounds();
        return new ApprenticeshipPriceChanged(new ApprenticeshipId(id), from, training, assessment);
    }

    private static void priceRule(Money price, String field, String name, Refusals refusals) {
        if (price.isNegative()) {
            refusals.refuse(field, "The " + name + " must be £0 or more: the funding rules fund a price, never a"
                    + " negative one");
        } else if (price.isMoreThan(Money.pounds("99999999.99"))) {
            refusals.refuse(field, "Enter the " + name + " in pounds and pence, like 9000 or 9000.50");
        }
    }

    /** Whether the employer was a small employer (fewer than 50 employees) at the start; null while not recorded. */
    void recordEmployerSize(Boolean small) {
        smallEmployer = small;
    }

    private static Money orZero(Money price) {
        return price == null ? Money.ZERO : price;
    }

    /** An amount as its column keeps it; null when not recorded. */
    private static BigDecimal pounds(Money amount) {
        return amount == null ? null : amount.pounds();
    }

    /** The dated prices, earliest first. */
    public java.util.List<AgreedPrice> prices() {
        return prices.stream().sorted(java.util.Comparator.comparing(AgreedPrice::appliesFrom)).toList();
    }

    public Boolean smallEmployer() {
        return smallEmployer;
    }

    /** The employment status records, earliest first. */
    public java.util.List<EmploymentStatus> employment() {
        return employment.stream().sorted(java.util.Comparator.comparing(EmploymentStatus::appliesFrom)).toList();
    }

    /** The record that applies on the date: the latest dated on or before it. */
    public java.util.Optional<EmploymentStatus> employmentOn(LocalDate date) {
        return employment.stream().filter(e -> !e.appliesFrom().isAfter(date))
                .max(java.util.Comparator.comparing(EmploymentStatus::appliesFrom));
    }

    private Benefits latestBenefits(LocalDate date) {
        return employmentOn(date).map(EmploymentStatus::benefits).orElse(null);
    }

    StatusChange gateway(LocalDate date, String reason, Recorded recorded) {
        return move(Transition.GATEWAY, date, recorded, reason);
    }

    StatusChange endPointAssessment(LocalDate date, String reason, Recorded recorded) {
        return move(Transition.END_POINT_ASSESSMENT, date, recorded, reason);
    }

    StatusChange complete(LocalDate date, String reason, Recorded recorded) {
        if (status == ApprenticeshipStatus.IN_LEARNING) {
            // in learning → completed is an apprenticeship unit's provider test only
            throw LifecycleTable.madeByTheEpaRecord(Transition.COMPLETE);
        }
        return move(Transition.COMPLETE, date, recorded, reason);
    }

    /**
     * An apprenticeship unit ends when the provider's test is passed and the employer validates it
     * (docs/domain/programme-types.md): in learning → completed on the day of the validation. Refused for any other
     * programme, which is completed after its end-point assessment.
     */
    StatusChange completeUnit(UnitAssessment assessment, boolean unit, LocalDate today, Recorded recorded) {
        if (!unit) {
            throw new TransitionRefusedException("Only an apprenticeship unit ends with a provider test the employer"
                    + " validates: this apprenticeship is completed after its end-point assessment, on its gateway"
                    + " page");
        }
        if (status != ApprenticeshipStatus.IN_LEARNING) {
            throw new TransitionRefusedException("An apprenticeship unit is completed while it is in learning; this"
                    + " one is " + status.words().toLowerCase());
        }
        ApprenticeshipStatus to = LifecycleTable.require(status, Transition.COMPLETE);
        Refusals refusals = new Refusals();
        if (assessment.passedOn().isBefore(startDate) || assessment.passedOn().isAfter(today)) {
            refusals.refuse("passedOn", "The test must be passed between the start, " + GovUkDates.date(startDate)
                    + ", and today");
        }
        if (assessment.validatedOn().isAfter(today) || assessment.validatedOn().isBefore(assessment.passedOn())) {
            refusals.refuse("validatedOn", "The employer validates the test on or after the day it was passed, and"
                    + " not after today");
        }
        refusals.throwIfAny();
        return change(Transition.COMPLETE, to, assessment.validatedOn(), recorded, assessment.inWords());
    }

    private StatusChange move(Transition transition, LocalDate date, Recorded recorded, String reason) {
        ApprenticeshipStatus to = LifecycleTable.require(status, transition);
        dated(date).throwIfAny();
        return change(transition, to, date, recorded, reason == null || reason.isBlank() ? null : reason.strip());
    }

    private StatusChange change(Transition transition, ApprenticeshipStatus to, LocalDate date, Recorded recorded,
            String reason) {
        ApprenticeshipStatus from = status;
        status = to;
        return StatusChange.of(new ApprenticeshipId(id), transition, from, to, date, recorded,
                reason == null ? null : reason.strip());
    }

    /**
     * A move takes effect on a date, on or after the start once learning has started. The forms ask for the date; a
     * move the system makes (an import, a support case) is held to it here.
     */
    private Refusals dated(LocalDate date) {
        Refusals refusals = new Refusals();
        if (date == null) {
            refusals.refuse("effectiveDate", "Enter the date it happened");
        } else if (date.isBefore(startDate) && status != ApprenticeshipStatus.ONBOARDING) {
            refusals.refuse("effectiveDate", "The date must be on or after the start date, "
                    + GovUkDates.date(startDate));
        }
        return refusals;
    }

    public ApprenticeshipId id() {
        return new ApprenticeshipId(id);
    }

    public UUID learnerId() {
        return learnerId;
    }

    public UUID employerId() {
        return employerId;
    }

    public UUID lineManagerId() {
        return lineManagerId;
    }

    public String standardReference() {
        return standardReference;
    }

    public String standardVersion() {
        return standardVersion;
    }

    public UUID tutorId() {
        return tutorId;
    }

    public Set<AssignedStaff> staff() {
        return Set.copyOf(staff);
    }

    /** Whether this member of staff works on it, as its tutor or in another part. */
    public boolean isWorkedOnBy(UUID staffId) {
        return staffId != null && (staffId.equals(tutorId) || staff.stream().anyMatch(s -> s.staffId().equals(staffId)));
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate plannedEndDate() {
        return plannedEndDate;
    }

    public Integer epaPeriodMonths() {
        return epaPeriodMonths;
    }

    public BigDecimal weeklyHours() {
        return weeklyHours;
    }

    public DeliveryModel deliveryModel() {
        return deliveryModel;
    }

    public String deliveryLink() {
        return deliveryLink;
    }

    public Set<DayOfWeek> studyDays() {
        if (studyDays == null || studyDays.isBlank()) {
            return Set.of();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(studyDays.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    public FundingType fundingType() {
        return fundingType;
    }

    public Money trainingPrice() {
        return Money.of(trainingPrice);
    }

    public Money epaPrice() {
        return Money.of(epaPrice);
    }

    public UUID epaoId() {
        return epaoId;
    }

    public ApprenticeshipStatus status() {
        return status;
    }

    public boolean migrated() {
        return migrated;
    }

    public Integer version() {
        return version;
    }

    /** For the audit trail. */
    String summary() {
        return "learner " + learnerId + ", employer " + employerId + ", line manager " + lineManagerId + ", "
                + standardReference + " v" + standardVersion
                + ", tutor " + tutorId + ", " + startDate + " to " + plannedEndDate + ", " + status;
    }
}
