package waypoint.reporting.internal.evidence;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import waypoint.shared.money.GovUkMoney;
import waypoint.shared.money.Money;
import waypoint.shared.time.GovUkDates;

/**
 * The funding rules' known risks as pure rules over one apprenticeship's facts (docs/domain/audit-and-inspection.md,
 * "Known risks"). Each answers flagged, unknown (a figure it needs was never recorded: never a pass) or clear, with
 * the reason in words.
 */
public final class FundingRiskRules {

    /** Four weeks: a withdrawal later than this after the last active learning needs a replan or a break. */
    static final int MOST_DAYS_WITHOUT_LEARNING = 28;
    /** Twelve weeks between progress reviews, a break in learning pausing the clock. */
    static final int MOST_DAYS_BETWEEN_REVIEWS = 84;

    private FundingRiskRules() {
    }

    public static List<RiskFinding> all(RiskFacts facts) {
        return List.of(lateWithdrawal(facts), otjBelowMinimum(facts), priceNotReduced(facts),
                reviewsTooFarApart(facts));
    }

    static RiskFinding lateWithdrawal(RiskFacts f) {
        FundingRisk risk = FundingRisk.LATE_WITHDRAWAL;
        if (f.withdrawnOn() == null) {
            return RiskFinding.clear(risk, "Not withdrawn");
        }
        LocalDate last = f.lastActiveLearning() != null ? f.lastActiveLearning() : f.startDate();
        String lastWords = f.lastActiveLearning() != null ? "the last active learning on " + GovUkDates.date(last)
                : "the start on " + GovUkDates.date(last) + " (no active learning recorded)";
        long days = ChronoUnit.DAYS.between(last, f.withdrawnOn());
        if (days <= MOST_DAYS_WITHOUT_LEARNING) {
            return RiskFinding.clear(risk, "Withdrawn " + days + " days after " + lastWords);
        }
        boolean breakBetween = f.breaksStarted().stream().anyMatch(d -> d.isAfter(last) && !d.isAfter(f.withdrawnOn()));
        boolean replanBetween = f.replans().stream().anyMatch(d -> d.isAfter(last) && !d.isAfter(f.withdrawnOn()));
        if (breakBetween || replanBetween) {
            return RiskFinding.clear(risk, "Withdrawn " + days + " days after " + lastWords + ", with "
                    + (breakBetween ? "a break in learning" : "a new training plan") + " recorded in between");
        }
        return RiskFinding.flagged(risk, "Withdrawn on " + GovUkDates.date(f.withdrawnOn()) + ", " + days
                + " days after " + lastWords + ", with no replan or break in between");
    }

    static RiskFinding otjBelowMinimum(RiskFacts f) {
        FundingRisk risk = FundingRisk.OTJ_BELOW_MINIMUM;
        if (f.plannedOtjHours() == null) {
            return RiskFinding.unknown(risk, "No planned off-the-job hours in the training plan");
        }
        if (f.minimumOtjHours() == null) {
            return RiskFinding.unknown(risk, "The minimum off-the-job hours for this standard and start date are"
                    + " not known");
        }
        String figures = "planned " + hours(f.plannedOtjHours()) + ", minimum " + hours(f.minimumOtjHours());
        if (f.plannedOtjHours().compareTo(f.minimumOtjHours()) < 0) {
            return RiskFinding.flagged(risk, "Planned hours below the minimum: " + figures);
        }
        return RiskFinding.clear(risk, "At least the minimum: " + figures);
    }

    static RiskFinding priceNotReduced(RiskFacts f) {
        FundingRisk risk = FundingRisk.PRICE_NOT_REDUCED;
        if (!f.priorLearningDecided()
                || (f.priorLearningPercentage() != null && f.priorLearningPercentage().signum() == 0)) {
            return RiskFinding.clear(risk, "No prior learning recognised");
        }
        if (f.priorLearningPercentage() == null || f.minimumPriceReduction() == null) {
            return RiskFinding.unknown(risk, "Prior learning was recognised but the reduction it requires is not"
                    + " known");
        }
        if (f.bandMaximum() == null || f.totalPrice() == null) {
            return RiskFinding.unknown(risk, "Prior learning was recognised but the "
                    + (f.totalPrice() == null ? "price" : "funding band maximum") + " is not recorded");
        }
        Money ceiling = f.bandMaximum().minus(f.minimumPriceReduction());
        String figures = "price " + pounds(f.totalPrice()) + "; funding band maximum " + pounds(f.bandMaximum())
                + " less at least " + pounds(f.minimumPriceReduction()) + " (half of the prior learning "
                + percent(f.priorLearningPercentage()) + ") = " + pounds(ceiling);
        if (f.totalPrice().isMoreThan(ceiling)) {
            return RiskFinding.flagged(risk, "Price not reduced enough for prior learning: " + figures);
        }
        return RiskFinding.clear(risk, "Reduced for prior learning: " + figures);
    }

    static RiskFinding reviewsTooFarApart(RiskFacts f) {
        FundingRisk risk = FundingRisk.REVIEWS_TOO_FAR_APART;
        List<LocalDate> points = new ArrayList<>();
        points.add(f.startDate());
        f.reviewsHeld().stream().filter(d -> !d.isBefore(f.startDate())).sorted().forEach(points::add);
        if (f.reviewsUntil() != null && f.reviewsUntil().isAfter(points.get(points.size() - 1))) {
            points.add(f.reviewsUntil());
        }
        long widest = 0;
        LocalDate widestFrom = null;
        LocalDate widestTo = null;
        for (int i = 1; i < points.size(); i++) {
            LocalDate from = points.get(i - 1);
            LocalDate to = points.get(i);
            long days = ChronoUnit.DAYS.between(from, to) - breakDays(f.breaks(), from, to);
            if (days > widest) {
                widest = days;
                widestFrom = from;
                widestTo = to;
            }
        }
        if (widest > MOST_DAYS_BETWEEN_REVIEWS) {
            return RiskFinding.flagged(risk, widest + " days (more than 12 weeks, breaks in learning left out)"
                    + " between " + GovUkDates.date(widestFrom) + " and " + GovUkDates.date(widestTo)
                    + (widestTo.equals(f.reviewsUntil()) && !f.reviewsHeld().contains(widestTo)
                            ? " with no review since" : ""));
        }
        return RiskFinding.clear(risk, f.reviewsHeld().isEmpty() ? "No review due yet"
                : "At most " + widest + " days between reviews");
    }

    /** The days from {@code from} up to (not including) {@code to} spent on a break in learning. */
    private static long breakDays(List<RiskFacts.Period> breaks, LocalDate from, LocalDate to) {
        long days = 0;
        for (RiskFacts.Period b : breaks) {
            LocalDate start = b.from().isAfter(from) ? b.from() : from;
            LocalDate end = b.to() == null || b.to().isAfter(to) ? to : b.to();
            if (end.isAfter(start)) {
                days += ChronoUnit.DAYS.between(start, end);
            }
        }
        return days;
    }

    private static String hours(BigDecimal hours) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(hours) + " hours";
    }

    private static String pounds(Money pounds) {
        return GovUkMoney.withPence(pounds);
    }

    private static String percent(BigDecimal percent) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(percent) + "%";
    }
}
