package waypoint.enrolment.internal.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts of the apprenticeship that a training plan states above its content, so a signature covers them too:
 * a plan signed for one standard or practical period is not a plan for another.
 */
public record PlanHeading(String apprentice, String employer, String standard, LocalDate startDate,
        LocalDate plannedEndDate, BigDecimal minimumOtjHours) {
}
