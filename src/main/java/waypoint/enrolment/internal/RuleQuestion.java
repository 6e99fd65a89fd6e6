package waypoint.enrolment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the rules calculator is asked: the facts of an apprenticeship as someone typed them. Any of them may be
 * missing ({@code null}); the calculator says which, against the field. No prior-learning hours means none.
 *
 * @param standard   the standard's reference number, like ST0116; its latest version is used
 * @param careLeaver whether the learner is a care leaver; {@code null} when not asked (the level 7 age rule then
 *                   says it is not known yet)
 */
public record RuleQuestion(String standard, LocalDate startDate, LocalDate plannedEndDate, BigDecimal weeklyHours,
        LocalDate dateOfBirth, BigDecimal rplHours, boolean ehcPlan, Boolean careLeaver) {

    /** Without the care-leaver answer. */
    public RuleQuestion(String standard, LocalDate startDate, LocalDate plannedEndDate, BigDecimal weeklyHours,
            LocalDate dateOfBirth, BigDecimal rplHours, boolean ehcPlan) {
        this(standard, startDate, plannedEndDate, weeklyHours, dateOfBirth, rplHours, ehcPlan, null);
    }
}
