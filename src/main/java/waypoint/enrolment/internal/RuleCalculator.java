package waypoint.enrolment.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.Standards;
import waypoint.identity.CurrentUser;
import waypoint.organisation.PlanningPolicy;
import waypoint.organisation.ProviderProfile;
import waypoint.rules.ApprenticeshipFacts;
import waypoint.rules.EmployerDecision;
import waypoint.rules.FundingRules;
import waypoint.rules.ProviderPolicy;
import waypoint.rules.RuleInputException;
import waypoint.rules.StandardFacts;
import waypoint.shared.money.Money;

/**
 * The rules calculator: an apprenticeship's facts, the standard's latest version from the catalogue and the
 * provider's planning policy, put to the funding rules. Nothing is saved. Facts the rules cannot work with come back
 * as field errors, all at once, named as the rules name them (startDate, plannedEndDate, weeklyHours, dateOfBirth,
 * rplHours, standard).
 */
@Service
public class RuleCalculator {

    /**
     * The rules check that a standard has a typical duration but no rule uses it yet. A standard the catalogue has
     * none for (the shipped ST0116 has none) is given the 12-month minimum duration, which passes the check and
     * changes no answer.
     */
    private static final int TYPICAL_DURATION_WHEN_NOT_RECORDED = 12;

    private final Standards standards;
    private final ProviderProfile provider;
    private final RuleCalculatorPolicy policy;

    RuleCalculator(Standards standards, ProviderProfile provider, RuleCalculatorPolicy policy) {
        this.standards = standards;
        this.provider = provider;
        this.policy = policy;
    }

    /** The standards to choose from: the latest version of each. */
    public List<StandardSummary> standardChoices(CurrentUser user) {
        policy.requireUse(user);
        return standards.latestSummaries();
    }

    public RuleAnswer evaluate(CurrentUser user, RuleQuestion question) {
        policy.requireUse(user);
        Refusals refusals = new Refusals();
        Optional<StandardDetails> standard = standard(question.standard(), refusals);
        StandardFacts standardFacts = standard.map(details -> standardFacts(details, question, refusals))
                .orElse(null);
        ApprenticeshipFacts facts = null;
        try {
            facts = new ApprenticeshipFacts(question.startDate(), question.plannedEndDate(), question.weeklyHours(),
                    question.dateOfBirth(), standardFacts, question.rplHours(), question.ehcPlan(), Optional.empty(),
                    EmployerDecision.NOT_RECORDED, Optional.empty(), Optional.ofNullable(question.careLeaver()));
        } catch (RuleInputException wrong) {
            // the calculator's own message (an unknown standard) says more than the rules' “choose the standard”
            wrong.fieldErrors().forEach(refusals::refuse);
        }
        refusals.throwIfAny();
        if (facts == null) {
            throw new IllegalStateException("The rules refused the question without saying which field is wrong");
        }
        PlanningPolicy planningPolicy = provider.planningPolicy();
        ProviderPolicy providerPolicy = new ProviderPolicy(planningPolicy.otjPercentageOfContractedHours(),
                planningPolicy.reviewIntervalWeeks());
        return new RuleAnswer(standard.get().summary(), planningPolicy, FundingRules.evaluate(facts, providerPolicy));
    }

    private Optional<StandardDetails> standard(String reference, Refusals refusals) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String clean = reference.strip().toUpperCase(Locale.ROOT);
        Optional<StandardDetails> found = clean.matches("ST\\d{4}") ? standards.latest(clean) : Optional.empty();
        if (found.isEmpty()) {
            refusals.refuse("standard", "There is no standard " + clean + " in the catalogue: choose one from the list,"
                    + " like ST0116");
        }
        return found;
    }

    /**
     * The standard as the rules need it. The funding band maximum matters only for prior learning (the price falls by
     * a share of it), so a standard without one can still be calculated, as long as no prior learning is given.
     */
    private static StandardFacts standardFacts(StandardDetails standard, RuleQuestion question,
            Refusals refusals) {
        boolean priorLearning = question.rplHours() != null && question.rplHours().signum() > 0;
        if (standard.fundingBandMaximum().isEmpty() && priorLearning) {
            refusals.refuse("rplHours", "Prior learning reduces the price by a share of the funding band maximum, which the"
                    + " catalogue does not have for " + standard.referenceNumber() + ": record it on the standard"
                    + " first, or enter 0");
        }
        try {
            return new StandardFacts(standard.referenceNumber(),
                    standard.publishedMinimumOtjHours().map(BigDecimal::valueOf),
                    standard.fundingBandMaximum().orElse(Money.ZERO),
                    standard.typicalDurationMonths().orElse(TYPICAL_DURATION_WHEN_NOT_RECORDED),
                    Optional.of(standard.level()), standard.programmeType());
        } catch (RuleInputException wrong) {
            wrong.fieldErrors().forEach(refusals::refuse);
            return null;
        }
    }
}
