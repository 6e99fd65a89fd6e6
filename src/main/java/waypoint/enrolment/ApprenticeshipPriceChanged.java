package waypoint.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when an apprenticeship's price from a date is recorded or replaced (docs/domain/funding-rules.md, The
 * price): the training (TNP1) and assessment (TNP2) prices from {@code appliesFrom}. Whatever is worked out from the
 * price (the earnings, the funding forecast) follows it.
 */
public record ApprenticeshipPriceChanged(ApprenticeshipId apprenticeshipId, LocalDate appliesFrom,
        BigDecimal trainingPrice,
        BigDecimal assessmentPrice) {
}
