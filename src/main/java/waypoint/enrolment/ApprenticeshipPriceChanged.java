package waypoint.enrolment;

import java.time.LocalDate;
import waypoint.shared.money.Money;

/**
 * Published when an apprenticeship's price from a date is recorded or replaced (docs/domain/funding-rules.md, The
 * price): the training (TNP1) and assessment (TNP2) prices from {@code appliesFrom}. Whatever is worked out from the
 * price (the earnings, the funding forecast) follows it. Its amounts are written as they always were, plain numbers
 * of pounds, so the events already kept read back.
 */
public record ApprenticeshipPriceChanged(ApprenticeshipId apprenticeshipId, LocalDate appliesFrom,
        Money trainingPrice,
        Money assessmentPrice) {
}
