package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * The facts of one apprenticeship that the funding rules need. Checked when made: facts that cannot be right
 * (an end before the start, no weekly hours, a learner still at school) throw a {@link RuleInputException} naming
 * each field, so every other class may trust them.
 *
 * @param startDate                        the start of the practical period; it chooses the rule pack
 * @param plannedEndDate                   the planned end of the practical period (on-programme learning; the EPA
 *                                         period follows it)
 * @param weeklyHours                      contracted paid hours a week, no overtime
 * @param rplHours                         off-the-job hours recognised from prior learning (0 when none)
 * @param ehcPlan                          an education, health and care plan or a legacy statement
 * @param originalStartDate                for a restart, the start of the first programme (the age then counts for
 *                                         English and maths)
 * @param employerDecisionOnEnglishAndMaths what the employer recorded, where the employer may decide
 * @param trainingPrice                    the agreed training price (TNP1), if known, to show it after RPL
 * @param careLeaver                       whether the learner is a care leaver, as answered at onboarding; empty
 *                                         while nobody has asked (the level 7 age rule needs it)
 */
public record ApprenticeshipFacts(
        LocalDate startDate,
        LocalDate plannedEndDate,
        BigDecimal weeklyHours,
        LocalDate dateOfBirth,
        StandardFacts standard,
        BigDecimal rplHours,
        boolean ehcPlan,
        Optional<LocalDate> originalStartDate,
        EmployerDecision employerDecisionOnEnglishAndMaths,
        Optional<Money> trainingPrice,
        Optional<Boolean> careLeaver) {

    /** Contracted hours above this are not believable for one job (the bad-input rule). */
    static final BigDecimal MOST_WEEKLY_HOURS = new BigDecimal("60");

    /** The facts without the care-leaver answer (not asked). */
    public ApprenticeshipFacts(LocalDate startDate, LocalDate plannedEndDate, BigDecimal weeklyHours,
            LocalDate dateOfBirth, StandardFacts standard, BigDecimal rplHours, boolean ehcPlan,
            Optional<LocalDate> originalStartDate, EmployerDecision employerDecisionOnEnglishAndMaths,
            Optional<Money> trainingPrice) {
        this(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard, rplHours, ehcPlan, originalStartDate,
                employerDecisionOnEnglishAndMaths, trainingPrice, Optional.empty());
    }

    public ApprenticeshipFacts {
        careLeaver = careLeaver == null ? Optional.empty() : careLeaver;
        rplHours = rplHours == null ? BigDecimal.ZERO : rplHours;
        originalStartDate = originalStartDate == null ? Optional.empty() : originalStartDate;
        trainingPrice = trainingPrice == null ? Optional.empty() : trainingPrice;
        employerDecisionOnEnglishAndMaths = employerDecisionOnEnglishAndMaths == null
                ? EmployerDecision.NOT_RECORDED
                : employerDecisionOnEnglishAndMaths;
        check(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard, rplHours, originalStartDate,
                trainingPrice);
    }

    private static void check(LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours, LocalDate dateOfBirth,
            StandardFacts standard, BigDecimal rplHours, Optional<LocalDate> originalStart,
            Optional<Money> trainingPrice) {
        FieldErrors errors = new FieldErrors()
                .rejectIf(start == null, "startDate", "Enter the start date")
                .rejectIf(plannedEnd == null, "plannedEndDate", "Enter the planned end date")
                .rejectIf(start != null && plannedEnd != null && !plannedEnd.isAfter(start), "plannedEndDate",
                        "The planned end date must be after the start date")
                .rejectIf(weeklyHours == null, "weeklyHours", "Enter the contracted weekly hours")
                .rejectIf(weeklyHours != null && weeklyHours.signum() <= 0, "weeklyHours",
                        "Weekly hours must be more than 0")
                .rejectIf(weeklyHours != null && weeklyHours.compareTo(MOST_WEEKLY_HOURS) > 0, "weeklyHours",
                        "Weekly hours must be 60 or fewer")
                .rejectIf(dateOfBirth == null, "dateOfBirth", "Enter the date of birth")
                .rejectIf(standard == null, "standard", "Choose the standard")
                .rejectIf(rplHours.signum() < 0, "rplHours", "Prior learning hours must be 0 or more")
                .rejectIf(start != null && originalStart.filter(original -> original.isAfter(start)).isPresent(),
                        "originalStartDate", "The original start date must be on or before the start date")
                .rejectIf(trainingPrice.filter(Money::isNegative).isPresent(), "trainingPrice",
                        "The training price must be £0 or more");
        if (start != null && dateOfBirth != null) {
            // The first start counts: a restart cannot make an under-age start lawful.
            LocalDate firstStart = originalStart.filter(original -> original.isBefore(start)).orElse(start);
            errors.rejectIf(!dateOfBirth.isBefore(firstStart), "dateOfBirth",
                    "The date of birth must be before the start date");
            errors.rejectIf(!SchoolLeavingAge.mayStartOn(firstStart, dateOfBirth), "dateOfBirth",
                    "The learner cannot start until after "
                            + Words.date(SchoolLeavingAge.schoolLeavingDate(dateOfBirth))
                            + ", the last Friday in June of the school year in which they turn 16");
        }
        errors.throwIfAny();
    }

    /** The facts every apprenticeship has; the rest start as “none” and are added with the {@code with…} methods. */
    public static ApprenticeshipFacts of(LocalDate startDate, LocalDate plannedEndDate, BigDecimal weeklyHours,
            LocalDate dateOfBirth, StandardFacts standard) {
        return new ApprenticeshipFacts(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard,
                BigDecimal.ZERO, false, Optional.empty(), EmployerDecision.NOT_RECORDED, Optional.empty());
    }

    public ApprenticeshipFacts withRplHours(BigDecimal hours) {
        return new ApprenticeshipFacts(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard, hours, ehcPlan,
                originalStartDate, employerDecisionOnEnglishAndMaths, trainingPrice, careLeaver);
    }

    public ApprenticeshipFacts withEhcPlan(boolean plan) {
        return new ApprenticeshipFacts(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard, rplHours, plan,
                originalStartDate, employerDecisionOnEnglishAndMaths, trainingPrice, careLeaver);
    }

    /** Marks a restart: the first programme began on {@code original}. */
    public ApprenticeshipFacts withOriginalStartDate(LocalDate original) {
        return new ApprenticeshipFacts(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard, rplHours,
                ehcPlan, Optional.of(original), employerDecisionOnEnglishAndMaths, trainingPrice, careLeaver);
    }

    public ApprenticeshipFacts withEmployerDecisionOnEnglishAndMaths(EmployerDecision decision) {
        return new ApprenticeshipFacts(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard, rplHours,
                ehcPlan, originalStartDate, decision, trainingPrice, careLeaver);
    }

    public ApprenticeshipFacts withTrainingPrice(Money price) {
        return new ApprenticeshipFacts(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard, rplHours,
                ehcPlan, originalStartDate, employerDecisionOnEnglishAndMaths, Optional.of(price), careLeaver);
    }

    /** Records the onboarding answer: whether the learner is a care leaver. */
    public ApprenticeshipFacts withCareLeaver(boolean leftCare) {
        return new ApprenticeshipFacts(startDate, plannedEndDate, weeklyHours, dateOfBirth, standard, rplHours,
                ehcPlan, originalStartDate, employerDecisionOnEnglishAndMaths, trainingPrice, Optional.of(leftCare));
    }

    /** Days from the start to the planned end, leap days included (as the ILR counts them: end − start). */
    public long practicalPeriodDays() {
        return ChronoUnit.DAYS.between(startDate, plannedEndDate);
    }

    /**
     * The date the learner's age is taken on: the original start for a restart (docs/domain/funding-rules.md, English
     * and maths).
     */
    public LocalDate ageReferenceDate() {
        return originalStartDate.orElse(startDate);
    }

    /** Whole years on {@link #ageReferenceDate()}; a birthday on that day counts. */
    public int ageAtStart() {
        return Period.between(dateOfBirth, ageReferenceDate()).getYears();
    }
}
