package waypoint.otj.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import waypoint.enrolment.BreakInLearning;
import waypoint.otj.RagStatus;


/**
 * The pace of one apprenticeship's off-the-job training (docs/domain/off-the-job-hours.md). Pure: the same facts give
 * the same figures.
 * <ul>
 * <li>expected to date = planned × elapsed days ÷ days of the practical period, breaks in learning excluded from
 * both (days rather than weeks, so a part week counts);</li>
 * <li>forecast = approved minutes at the current pace carried to the end of the practical period: approved × total ÷
 * elapsed, from the exact minutes;</li>
 * <li>status: green at or above the provider's amber threshold of expected, amber down to the red threshold, red
 * below it; never green while the funding minimum is not known or nothing is planned.</li>
 * </ul>
 * Planned hours that nobody has set (no training plan, no planned figure from the rule pack) are unknown, not zero:
 * the expected hours are then unknown too ({@link #plannedKnown()}), and the pace says so with a warning
 * (docs/domain/off-the-job-hours.md).
 * The planned end date has already moved by the length of every finished break (enrolment moves it on return).
 */
public record Pace(Optional<BigDecimal> minimumHours, Optional<BigDecimal> plannedHours, BigDecimal expectedToDateHours,
        BigDecimal approvedHours, BigDecimal pendingHours, BigDecimal forecastHours, RagStatus status,
        long elapsedDays, long practicalPeriodDays, List<String> explanations, List<String> warnings) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * The figures from the approved and waiting minutes as recorded: the forecast carries the exact minutes forward,
     * not an hour figure rounded to a tenth (docs/domain/off-the-job-hours.md, Forecast).
     */
    public static Pace of(LocalDate start, LocalDate plannedEnd, List<BreakInLearning> breaks, LocalDate today,
            Optional<BigDecimal> minimum, BigDecimal planned, long approvedMinutes, long pendingMinutes,
            Thresholds thresholds) {
        return of(start, plannedEnd, breaks, today, minimum, Optional.ofNullable(planned), approvedMinutes,
                pendingMinutes, thresholds);
    }

    /** As above, with planned hours that may be unknown (empty): never taken as zero. */
    public static Pace of(LocalDate start, LocalDate plannedEnd, List<BreakInLearning> breaks, LocalDate today,
            Optional<BigDecimal> minimum, Optional<BigDecimal> plannedIfKnown, long approvedMinutes,
            long pendingMinutes, Thresholds thresholds) {
        BigDecimal planned = plannedIfKnown.orElse(BigDecimal.ZERO);
        BigDecimal approvedExact = BigDecimal.valueOf(approvedMinutes).divide(SIXTY, 6, RoundingMode.HALF_UP);
        BigDecimal approved = hours(approvedExact);
        BigDecimal pending = hours(BigDecimal.valueOf(pendingMinutes).divide(SIXTY, 6, RoundingMode.HALF_UP));
        long finishedBreakDays = breaks.stream().filter(b -> b.endDate() != null)
                .mapToLong(b -> daysBetween(b.startDate(), b.endDate())).sum();
        long total = Math.max(0, daysBetween(start, plannedEnd) - finishedBreakDays);
        LocalDate upTo = today.isBefore(plannedEnd) ? today : plannedEnd;
        long breakDaysSoFar = breaks.stream().mapToLong(b -> {
            LocalDate end = b.endDate() == null || b.endDate().isAfter(upTo) ? upTo : b.endDate();
            return Math.max(0, daysBetween(b.startDate(), end));
        }).sum();
        long elapsed = Math.max(0, Math.min(total, daysBetween(start, upTo) - breakDaysSoFar));

        BigDecimal expected = total == 0 ? planned : hours(planned.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP));
        BigDecimal forecast = elapsed == 0 ? approved : hours(approvedExact.multiply(BigDecimal.valueOf(total))
                .divide(BigDecimal.valueOf(elapsed), 6, RoundingMode.HALF_UP));
        RagStatus status = statusOf(approved, expected, minimum.isPresent(), plannedIfKnown.orElse(null), thresholds);
        List<String> warnings = new ArrayList<>();
        if (minimum.isEmpty()) {
            warnings.add("The funding minimum of off-the-job hours is not known: the minimum hours for compliance"
                    + " of this standard version are not recorded. Until an administrator records them on the"
                    + " standard, this pace is never shown as on track.");
        }
        if (plannedIfKnown.isEmpty()) {
            warnings.add("The planned off-the-job hours are not known: there is no training plan yet and the funding"
                    + " rules give no planned figure. Until the training plan sets them, the hours expected to date"
                    + " are not known and this pace is never shown as on track.");
        } else if (planned.signum() == 0) {
            warnings.add("No off-the-job hours are planned: until the training plan sets them, this pace is never"
                    + " shown as on track.");
        }

        List<String> why = new ArrayList<>();
        minimum.ifPresentOrElse(m -> why.add("The funding rules of the start date require at least " + words(m)
                        + " of off-the-job training."),
                () -> why.add("The funding minimum is not known: the minimum hours for compliance of the"
                        + " standard version are not recorded."));
        why.add(plannedIfKnown.isEmpty() ? "The planned off-the-job hours are not known yet: the training plan sets"
                + " them." : planned.signum() == 0 ? "No off-the-job hours are planned yet: the training plan sets them."
                : "The training plan plans " + words(planned) + ".");
        why.add("The practical period runs from " + Words.date(start) + " to " + Words.date(plannedEnd)
                + ": " + total + " days of learning" + (finishedBreakDays > 0 ? ", after taking off "
                + finishedBreakDays + " days of breaks in learning" : "") + ".");
        why.add(elapsed + " of those days have passed" + (breakDaysSoFar > 0 ? " (breaks in learning do not count)"
                : "") + (plannedIfKnown.isEmpty() ? "; the hours expected by " + Words.date(upTo)
                + " are not known while the planned hours are not" : ", so " + words(expected) + " were expected by "
                + Words.date(upTo) + " (" + words(planned) + " × " + elapsed + " ÷ " + total + ")") + ".");
        why.add(words(approved) + " have been approved and " + words(pending) + " are waiting for approval.");
        why.add("At the pace so far, the apprentice will have about " + words(forecast)
                + " by the end of the practical period.");
        why.add(switch (status) {
            case GREEN -> "On track: the approved hours are at least " + thresholds.amberBelowPercent()
                    + "% of those expected to date.";
            case AMBER -> "Slightly behind: the approved hours are below " + thresholds.amberBelowPercent()
                    + "% of those expected to date, but at least " + thresholds.redBelowPercent() + "%.";
            case RED -> "Behind: the approved hours are below " + thresholds.redBelowPercent()
                    + "% of those expected to date.";
            case UNKNOWN -> "Not known: the approved hours keep up with those expected, but "
                    + (minimum.isEmpty() ? "the funding minimum is not known" : plannedIfKnown.isEmpty()
                            ? "the planned hours are not known" : "no hours are planned")
                    + ", so the pace cannot be called on track.";
        });
        if (breaks.stream().anyMatch(b -> b.endDate() == null && !b.startDate().isAfter(today))) {
            why.add("The apprentice is on a break in learning: the expected hours do not grow during it.");
        }
        return new Pace(minimum.map(Pace::hours), plannedIfKnown.map(Pace::hours), expected, approved, pending,
                forecast, status, elapsed, total, why, warnings);
    }

    /**
     * Against the hours expected to date by the thresholds; never green while the funding minimum is not known or no
     * hours are planned (the status is then {@link RagStatus#UNKNOWN} unless the hours are already behind).
     */
    public static RagStatus statusOf(BigDecimal approved, BigDecimal expected, boolean minimumKnown,
            BigDecimal planned, Thresholds thresholds) {
        RagStatus againstExpected = statusOf(approved, expected, thresholds);
        boolean figuresMissing = !minimumKnown || planned == null || planned.signum() == 0;
        return againstExpected == RagStatus.GREEN && figuresMissing ? RagStatus.UNKNOWN : againstExpected;
    }

    private static RagStatus statusOf(BigDecimal approved, BigDecimal expected, Thresholds thresholds) {
        if (expected.signum() == 0) {
            return RagStatus.GREEN;
        }
        BigDecimal percent = approved.multiply(HUNDRED).divide(expected, 4, RoundingMode.HALF_UP);
        if (percent.compareTo(BigDecimal.valueOf(thresholds.amberBelowPercent())) >= 0) {
            return RagStatus.GREEN;
        }
        return percent.compareTo(BigDecimal.valueOf(thresholds.redBelowPercent())) >= 0 ? RagStatus.AMBER
                : RagStatus.RED;
    }

    /** Whether the planned hours, and so the hours expected to date, are known. */
    public boolean plannedKnown() {
        return plannedHours.isPresent();
    }

    /** The hours expected to date, empty while the planned hours are not known (never 0 for "not known"). */
    public Optional<BigDecimal> expectedToDateIfKnown() {
        return plannedKnown() ? Optional.of(expectedToDateHours) : Optional.empty();
    }

    /** How far approved hours are behind those expected to date (0 when ahead). */
    public BigDecimal shortfallHours() {
        return expectedToDateHours.subtract(approvedHours).max(BigDecimal.ZERO);
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    static BigDecimal hours(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    static String words(BigDecimal hours) {
        return hours(hours).stripTrailingZeros().toPlainString() + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour"
                : " hours");
    }
}
