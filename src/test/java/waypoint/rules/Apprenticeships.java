package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import waypoint.shared.money.Money;

/** Facts for the rule tests: an adult learner on a standard with illustrative figures, varied one fact at a time. */
final class Apprenticeships {

    /** Illustrative figures, not the real band: ST1379 Learning and skills mentor (its course page), 15 months. */
    static final StandardFacts MENTOR_STANDARD = StandardFacts.of("ST1379", Money.pounds(9000), 15);
    static final LocalDate ADULT_BORN = LocalDate.of(1990, 5, 5);

    private Apprenticeships() {
    }

    static ApprenticeshipFacts starting(LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours) {
        return ApprenticeshipFacts.of(start, plannedEnd, weeklyHours, ADULT_BORN, MENTOR_STANDARD);
    }

    static ApprenticeshipFacts starting(String start, String plannedEnd, String weeklyHours) {
        return starting(LocalDate.parse(start), LocalDate.parse(plannedEnd), new BigDecimal(weeklyHours));
    }

    /** The standard with its published minimum recorded, or not when {@code published} is null (a blank cell). */
    static StandardFacts standardPublishing(BigDecimal published) {
        return published == null ? MENTOR_STANDARD : MENTOR_STANDARD.withPublishedMinimumOtjHours(published);
    }

    static ApprenticeshipFacts withStandard(ApprenticeshipFacts facts, StandardFacts standard) {
        return new ApprenticeshipFacts(facts.startDate(), facts.plannedEndDate(), facts.weeklyHours(),
                facts.dateOfBirth(), standard, facts.rplHours(), facts.ehcPlan(), facts.originalStartDate(),
                facts.employerDecisionOnEnglishAndMaths(), facts.trainingPrice());
    }
}
