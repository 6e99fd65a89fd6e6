package waypoint.supportcase.web;

import java.util.Map;

import waypoint.supportcase.AtRiskThresholds;

/**
 * The at-risk thresholds as typed (the settings page's fields and the API's body), so a figure that is not a number
 * comes back with an error: it reads as -1, which every threshold's range refuses ({@link AtRiskThresholds}).
 */
record ThresholdsForm(String otjPercentBelow, String reviewOverdueDays, String englishMathsWeeksBeforeGateway,
        String ksbCoverageGapPercent, String sessionCadenceDays, String overdueActionDays) {

    static ThresholdsForm of(Map<String, String> typed) {
        return new ThresholdsForm(typed.get("otjPercentBelow"), typed.get("reviewOverdueDays"),
                typed.get("englishMathsWeeksBeforeGateway"), typed.get("ksbCoverageGapPercent"),
                typed.get("sessionCadenceDays"), typed.get("overdueActionDays"));
    }

    AtRiskThresholds thresholds() {
        return new AtRiskThresholds(number(otjPercentBelow), number(reviewOverdueDays),
                number(englishMathsWeeksBeforeGateway), number(ksbCoverageGapPercent), number(sessionCadenceDays),
                number(overdueActionDays));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException notAWholeNumber) {
            return -1;
        }
    }
}
