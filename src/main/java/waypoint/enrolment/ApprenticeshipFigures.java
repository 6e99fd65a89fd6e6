package waypoint.enrolment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the funding-rule pack of an apprenticeship's start date (with the provider's stricter policy) says of it:
 * the minimum and planned off-the-job hours (empty when the standard's minimum is not known), the minimum duration,
 * and the reasoning in sentences.
 */
public record ApprenticeshipFigures(String rulePack, Optional<BigDecimal> minimumOtjHours,
        Optional<BigDecimal> plannedOtjHours, long minimumDurationDays, boolean meetsMinimumDuration,
        List<String> explanations) {
}
