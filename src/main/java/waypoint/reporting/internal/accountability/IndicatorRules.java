package waypoint.reporting.internal.accountability;

import static waypoint.enrolment.ApprenticeshipStatus.COMPLETED;
import static waypoint.enrolment.ApprenticeshipStatus.END_POINT_ASSESSMENT;
import static waypoint.enrolment.ApprenticeshipStatus.GATEWAY;
import static waypoint.enrolment.ApprenticeshipStatus.WITHDRAWN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import waypoint.shared.time.GovUkDates;

/**
 * The accountability indicators worked out over a cohort of apprenticeship facts, by the DfE's published method as
 * docs/domain/accountability.md sets it out: pure rules, no database, so each is tested against a cohort worked by
 * hand. {@code today} is the day the figures are read; a year still running is counted up to today.
 */
public final class IndicatorRules {

    /** Withdrawn within the first 42 days: never counted (the qualifying period of the achievement rate rules). */
    static final int QUALIFYING_DAYS = 42;
    /** Achieved within this many days after the planned end: a timely achievement. */
    static final int TIMELY_DAYS = 90;
    /** Past the planned end by this many days or more: counted by the past-planned-end indicator. */
    static final int LONG_PAST_PLANNED_END_DAYS = 180;
    /** Within this many days of the planned end, an assessment organisation should be recorded. */
    static final int ASSESSMENT_ORGANISATION_DAYS = 90;
    /** Foundation apprenticeships are left out of the achievement rates from this year (2025 to 2026). */
    static final int FOUNDATION_EXCLUDED_FROM = 2025;

    private IndicatorRules() {
    }

    public static Figure measure(Indicator indicator, List<ApprenticeshipFact> facts, AcademicYear year,
            LocalDate today) {
        return switch (indicator) {
            case ACHIEVEMENT -> achievement(facts, year, today);
            case TIMELY_ACHIEVEMENT -> timely(facts, year, today);
            case RETENTION -> retention(facts, year, today);
            case WITHDRAWALS -> withdrawals(facts, year, today);
            case PAST_PLANNED_END -> pastPlannedEnd(facts, year, today);
            case BREAKS -> breaks(facts, year, today);
            case OFF_THE_JOB -> offTheJob(facts, year, today);
            case ASSESSMENT_ORGANISATION -> assessmentOrganisation(facts, year, today);
        };
    }

    /** Withdrawn before the qualifying period ended: not counted anywhere. */
    static boolean withdrawnInQualifyingPeriod(ApprenticeshipFact f) {
        return f.status() == WITHDRAWN && f.withdrawn() != null && f.start() != null
                && f.withdrawn().isBefore(f.start().plusDays(QUALIFYING_DAYS));
    }

    static boolean excludedFoundationFromAchievement(ApprenticeshipFact f, AcademicYear year) {
        return excludedFoundation(f, year);
    }

    private static boolean excludedFoundation(ApprenticeshipFact f, AcademicYear year) {
        return f.foundation() && year.startYear() >= FOUNDATION_EXCLUDED_FROM;
    }

    /** In the year's achievement cohort: left, with the hybrid end date in the year and on or before today. */
    static boolean leaverOf(ApprenticeshipFact f, AcademicYear year, LocalDate today) {
        if (!f.left() || withdrawnInQualifyingPeriod(f) || excludedFoundation(f, year)) {
            return false;
        }
        LocalDate hybrid = f.hybridEnd();
        return year.contains(hybrid) && !hybrid.isAfter(today);
    }

    private static String outcome(ApprenticeshipFact f) {
        return f.status() == COMPLETED
                ? "Achieved " + GovUkDates.date(f.achieved() != null ? f.achieved() : f.ended())
                : "Withdrawn " + GovUkDates.date(f.withdrawn())
                + (f.withdrawnFrom() == GATEWAY || f.withdrawnFrom() == END_POINT_ASSESSMENT
                ? " after finishing learning (at " + f.withdrawnFrom().words().toLowerCase() + ")" : "");
    }

    private static String countedBy(ApprenticeshipFact f) {
        return "; planned end " + GovUkDates.date(f.plannedEnd()) + ", counted in the year of "
                + GovUkDates.date(f.hybridEnd());
    }

    static Figure achievement(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        List<Figure.Counted> counted = new ArrayList<>();
        for (ApprenticeshipFact f : facts) {
            if (leaverOf(f, year, today)) {
                counted.add(new Figure.Counted(f, f.status() == COMPLETED, () -> outcome(f) + countedBy(f)));
            }
        }
        return figure(Indicator.ACHIEVEMENT, counted, 0);
    }

    static Figure retention(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        List<Figure.Counted> counted = new ArrayList<>();
        for (ApprenticeshipFact f : facts) {
            if (leaverOf(f, year, today)) {
                boolean retained = f.status() == COMPLETED
                        || f.withdrawnFrom() == GATEWAY || f.withdrawnFrom() == END_POINT_ASSESSMENT;
                counted.add(new Figure.Counted(f, retained, () -> outcome(f) + countedBy(f)));
            }
        }
        return figure(Indicator.RETENTION, counted, 0);
    }

    /**
     * Planned end in the year: counted once it has left, or once the 90 days after its planned end have passed (until
     * then it may still achieve on time).
     */
    static Figure timely(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        List<Figure.Counted> counted = new ArrayList<>();
        for (ApprenticeshipFact f : facts) {
            if (f.plannedEnd() == null || !year.contains(f.plannedEnd()) || f.plannedEnd().isAfter(today)
                    || withdrawnInQualifyingPeriod(f) || excludedFoundation(f, year)) {
                continue;
            }
            LocalDate deadline = f.plannedEnd().plusDays(TIMELY_DAYS);
            if (!f.left() && today.isBefore(deadline)) {
                continue;
            }
            LocalDate achieved = f.achieved() != null ? f.achieved() : f.ended();
            boolean onTime = f.status() == COMPLETED && achieved != null && !achieved.isAfter(deadline);
            Supplier<String> why = () -> f.status() == COMPLETED
                    ? "Achieved " + GovUkDates.date(achieved) + (onTime ? ", within" : ", more than") + " 90 days after"
                    + " the planned end " + GovUkDates.date(f.plannedEnd())
                    : f.status() == WITHDRAWN ? outcome(f) + "; planned end " + GovUkDates.date(f.plannedEnd())
                    : "Not achieved by " + GovUkDates.date(deadline) + ", 90 days after the planned end "
                    + GovUkDates.date(f.plannedEnd()) + " (" + f.status().words().toLowerCase() + ")";
            counted.add(new Figure.Counted(f, onTime, why));
        }
        return figure(Indicator.TIMELY_ACHIEVEMENT, counted, 0);
    }

    static Figure withdrawals(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        LocalDate asAt = year.asAt(today);
        List<Figure.Counted> counted = new ArrayList<>();
        for (ApprenticeshipFact f : facts) {
            if (f.start() == null || f.start().isAfter(asAt) || withdrawnInQualifyingPeriod(f)
                    || f.status() == waypoint.enrolment.ApprenticeshipStatus.ONBOARDING) {
                continue;
            }
            LocalDate ended = f.ended();
            if (ended != null && ended.isBefore(year.first())) {
                continue;
            }
            boolean withdrawn = f.status() == WITHDRAWN && year.contains(f.withdrawn()) && !f.withdrawn().isAfter(asAt);
            counted.add(new Figure.Counted(f, withdrawn, () -> withdrawn ? outcome(f)
                    : "In learning during the year (" + f.status().words().toLowerCase() + ")"));
        }
        return figure(Indicator.WITHDRAWALS, counted, 0);
    }

    /** How far past the planned end, in days, on the day the year is counted; negative before it. */
    static long daysPastPlannedEnd(ApprenticeshipFact f, LocalDate asAt) {
        return ChronoUnit.DAYS.between(f.plannedEnd(), asAt);
    }

    static Figure pastPlannedEnd(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        LocalDate asAt = year.asAt(today);
        List<Figure.Counted> counted = new ArrayList<>();
        for (ApprenticeshipFact f : facts) {
            if (f.plannedEnd() == null || !f.learningOn(asAt)) {
                continue;
            }
            long past = daysPastPlannedEnd(f, asAt);
            Supplier<String> why = () -> past > 0
                    ? past + " days past the planned end " + GovUkDates.date(f.plannedEnd())
                    : "Planned end " + GovUkDates.date(f.plannedEnd()) + " not yet reached";
            counted.add(new Figure.Counted(f, past >= LONG_PAST_PLANNED_END_DAYS, why));
        }
        return figure(Indicator.PAST_PLANNED_END, counted, 0);
    }

    /** How long past the planned end the apprentices still learning are: the three bands the page shows. */
    public record PastPlannedEnd(long upTo90Days, long from90To179Days, long from180Days) {
    }

    public static PastPlannedEnd pastPlannedEndBands(List<ApprenticeshipFact> facts, AcademicYear year,
            LocalDate today) {
        LocalDate asAt = year.asAt(today);
        long a = 0;
        long b = 0;
        long c = 0;
        for (ApprenticeshipFact f : facts) {
            if (f.plannedEnd() == null || !f.learningOn(asAt)) {
                continue;
            }
            long past = daysPastPlannedEnd(f, asAt);
            if (past >= LONG_PAST_PLANNED_END_DAYS) {
                c++;
            } else if (past >= 90) {
                b++;
            } else if (past > 0) {
                a++;
            }
        }
        return new PastPlannedEnd(a, b, c);
    }

    static Figure breaks(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        LocalDate asAt = year.asAt(today);
        List<Figure.Counted> counted = new ArrayList<>();
        for (ApprenticeshipFact f : facts) {
            if (!f.activeOn(asAt) || (f.learningEnded() != null && !f.learningEnded().isAfter(asAt))) {
                continue;
            }
            ApprenticeshipFact.Break current = f.breakOn(asAt);
            counted.add(new Figure.Counted(f, current != null, () -> current != null
                    ? "On a break since " + GovUkDates.date(current.from()) + " ("
                    + ChronoUnit.DAYS.between(current.from(), asAt) + " days)" : "In learning"));
        }
        return figure(Indicator.BREAKS, counted, 0);
    }

    static Figure offTheJob(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        LocalDate asAt = year.asAt(today);
        List<Figure.Counted> counted = new ArrayList<>();
        long unknown = 0;
        for (ApprenticeshipFact f : facts) {
            if (!f.learningOn(asAt)) {
                continue;
            }
            if (offTheJobNotKnown(f)) {
                unknown++;
                continue;
            }
            boolean below = f.plannedOtjHours().compareTo(f.minimumOtjHours()) < 0;
            counted.add(new Figure.Counted(f, below, () -> "Planned " + f.plannedOtjHours().stripTrailingZeros()
                    .toPlainString() + " hours, minimum " + f.minimumOtjHours().stripTrailingZeros().toPlainString()));
        }
        return figure(Indicator.OFF_THE_JOB, counted, unknown);
    }

    /**
     * Left out of the off-the-job figure, and counted apart as a warning: the planned or the minimum hours are not
     * known (for an apprenticeship still learning on the day the figure is read).
     */
    static boolean offTheJobNotKnown(ApprenticeshipFact f) {
        return f.plannedOtjHours() == null || f.minimumOtjHours() == null;
    }

    /** Counted apart from the off-the-job figure as not known, on the day a year's figure is read. */
    static boolean offTheJobNotKnown(ApprenticeshipFact f, AcademicYear year, LocalDate today) {
        return f.learningOn(year.asAt(today)) && offTheJobNotKnown(f);
    }

    /**
     * Apprentices still learning within 90 days of their planned end (or past it), and those of them with no assessment
     * organisation recorded. An apprenticeship unit has no end-point assessment, so no assessment organisation to
     * record: it is left out (docs/domain/programme-types.md).
     */
    static Figure assessmentOrganisation(List<ApprenticeshipFact> facts, AcademicYear year, LocalDate today) {
        LocalDate asAt = year.asAt(today);
        List<Figure.Counted> counted = new ArrayList<>();
        for (ApprenticeshipFact f : facts) {
            if (f.unit() || f.plannedEnd() == null || !f.learningOn(asAt)
                    || f.plannedEnd().isAfter(asAt.plusDays(ASSESSMENT_ORGANISATION_DAYS))) {
                continue;
            }
            boolean missing = !f.assessmentOrganisationRecorded();
            counted.add(new Figure.Counted(f, missing, () -> (missing ? "No assessment organisation recorded"
                    : "Assessment organisation recorded") + "; planned end " + GovUkDates.date(f.plannedEnd())));
        }
        return figure(Indicator.ASSESSMENT_ORGANISATION, counted, 0);
    }

    private static Figure figure(Indicator indicator, List<Figure.Counted> counted, long unknown) {
        long numerator = counted.stream().filter(Figure.Counted::inNumerator).count();
        return new Figure(indicator, numerator, counted.size(), counted, unknown);
    }
}
