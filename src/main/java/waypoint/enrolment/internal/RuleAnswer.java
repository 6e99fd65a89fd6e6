package waypoint.enrolment.internal;

import waypoint.catalogue.StandardSummary;
import waypoint.organisation.PlanningPolicy;
import waypoint.rules.RuleEvaluation;

/**
 * The rules calculator's answer: the standard version it used, the provider's planning policy it applied, and what
 * the funding rules (with that policy) say, explained.
 */
public record RuleAnswer(StandardSummary standard, PlanningPolicy planningPolicy, RuleEvaluation evaluation) {

    /** Whether the question gave prior-learning hours, so the answer should say what they reduce. */
    public boolean hasPriorLearning() {
        return evaluation.facts().rplHours().signum() > 0;
    }
}
