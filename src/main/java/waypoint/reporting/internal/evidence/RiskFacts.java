package waypoint.reporting.internal.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.money.Money;

/**
 * The facts the known-risk rules read of one apprenticeship, gathered from the records other modules publish.
 * A figure nobody recorded is null, and the rule that needs it answers unknown (never a pass).
 *
 * @param lastActiveLearning   the last off-the-job activity or review meeting before the end, if any
 * @param breaksStarted        the days breaks in learning began
 * @param replans              the days training plan versions were written
 * @param breaks               every break in learning (the last may still be open: {@code to} null)
 * @param priorLearningDecided whether a prior learning claim was decided
 * @param minimumPriceReduction the least reduction in pounds the rules worked out (half the prior learning
 *                              percentage of the funding band maximum)
 * @param totalPrice           the training price and the end-point assessment price together
 * @param reviewsHeld          the days progress reviews met
 * @param reviewsUntil         today while the apprentice is learning, the end of learning once ended (null when the
 *                             time after the last review need not be judged)
 */
public record RiskFacts(ApprenticeshipId apprenticeshipId, LocalDate startDate, LocalDate withdrawnOn,
        LocalDate lastActiveLearning, List<LocalDate> breaksStarted, List<LocalDate> replans, List<Period> breaks,
        BigDecimal plannedOtjHours, BigDecimal minimumOtjHours, boolean priorLearningDecided,
        BigDecimal priorLearningPercentage, Money minimumPriceReduction, Money bandMaximum,
        Money totalPrice, List<LocalDate> reviewsHeld, LocalDate reviewsUntil) {

    /** A break in learning: from its first day to the day the apprentice returned (null while on it). */
    public record Period(LocalDate from, LocalDate to) {
    }

}
