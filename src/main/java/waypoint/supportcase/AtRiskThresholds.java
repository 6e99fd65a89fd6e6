package waypoint.supportcase;

import waypoint.shared.validation.WholeNumber;

/**
 * The provider's thresholds for the at-risk signals (settings page for administrators). Sources read the ones
 * they need.
 *
 * @param otjPercentBelow                off-the-job hours below this percentage of those expected to date
 * @param reviewOverdueDays              a progress review more than this many days past its due date
 * @param englishMathsWeeksBeforeGateway English or maths not achieved this many weeks before the planned gateway
 * @param ksbCoverageGapPercent          KSB coverage this many percentage points behind the elapsed share
 * @param sessionCadenceDays             no teaching session within this many days
 * @param overdueActionDays              an action more than this many days past its date
 */
public record AtRiskThresholds(
        @WholeNumber(min = 1, max = 100) int otjPercentBelow,
        @WholeNumber(min = 0, max = 120) int reviewOverdueDays,
        @WholeNumber(min = 1, max = 104) int englishMathsWeeksBeforeGateway,
        @WholeNumber(min = 1, max = 100) int ksbCoverageGapPercent,
        @WholeNumber(min = 1, max = 180) int sessionCadenceDays,
        @WholeNumber(min = 0, max = 180) int overdueActionDays) {

    /** The defaults until an administrator changes them. */
    public static AtRiskThresholds defaults() {
        return new AtRiskThresholds(80, 7, 12, 15, 28, 14);
    }
}
