package waypoint.supportcase;

import org.hibernate.validator.constraints.Range;

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
        @Range(min = 1, max = 100, message = WHOLE_NUMBER) int otjPercentBelow,
        @Range(min = 0, max = 120, message = WHOLE_NUMBER) int reviewOverdueDays,
        @Range(min = 1, max = 104, message = WHOLE_NUMBER) int englishMathsWeeksBeforeGateway,
        @Range(min = 1, max = 100, message = WHOLE_NUMBER) int ksbCoverageGapPercent,
        @Range(min = 1, max = 180, message = WHOLE_NUMBER) int sessionCadenceDays,
        @Range(min = 0, max = 180, message = WHOLE_NUMBER) int overdueActionDays) {

    /** Each threshold's one check: a whole number in its range. */
    static final String WHOLE_NUMBER = "Enter a whole number from {min} to {max}";

    /** The defaults until an administrator changes them. */
    public static AtRiskThresholds defaults() {
        return new AtRiskThresholds(80, 7, 12, 15, 28, 14);
    }
}
