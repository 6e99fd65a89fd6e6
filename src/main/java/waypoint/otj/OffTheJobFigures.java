package waypoint.otj;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;

/**
 * An apprenticeship's off-the-job hours as other modules read them (the at-risk signals, the gateway checklist):
 * the same figures and words as the pace page.
 *
 * @param minimumHours       the funding rules' minimum, null (unknown, never zero) when it is not recorded
 * @param plannedHours       null (unknown, never zero) while neither a training plan nor the rule pack sets them;
 *                           {@code expectedToDateHours} is then null too
 * @param status             {@code GREEN}, {@code AMBER} or {@code RED} by the provider's thresholds, or
 *                           {@code UNKNOWN} instead of green while the minimum or the planned hours are missing
 *                           (docs/domain/off-the-job-hours.md)
 * @param percentOfExpected  approved hours as a whole percentage of those expected to date (100 when none expected)
 * @param lastApprovedDate   the date of the newest approved activity, null when none
 * @param activeLearningFlag true when no approved activity falls within the rule pack's active-learning interval
 */
public record OffTheJobFigures(ApprenticeshipId apprenticeshipId, BigDecimal minimumHours, BigDecimal plannedHours,
        BigDecimal expectedToDateHours, BigDecimal approvedHours, BigDecimal pendingHours, BigDecimal forecastHours,
        String status, int percentOfExpected, LocalDate lastApprovedDate, boolean activeLearningFlag,
        String activeLearningWords, List<String> explanations) {
}
