package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The off-the-job hours to plan: the funding minimum and the provider's own figure (both after prior learning), and
 * the higher of the two, which is the plan. Empty where a figure is unknown or not set; with the funding minimum
 * unknown there is no plan, since the provider's figure might fall short of it.
 */
public record OtjPlan(Optional<BigDecimal> fundingMinimum, Optional<BigDecimal> providerFigure,
        Optional<BigDecimal> planned) {

    static Explained<OtjPlan> plan(ApprenticeshipFacts facts, Optional<BigDecimal> fundingMinimum,
            ProviderPolicy policy) {
        List<Explanation> why = new ArrayList<>();
        Optional<BigDecimal> providerFigure = policy.otjHours(facts).map(provider -> {
            why.addAll(provider.explanations());
            BigDecimal afterPriorLearning = provider.value().subtract(facts.rplHours()).max(BigDecimal.ZERO)
                    .setScale(1, RoundingMode.HALF_UP);
            if (facts.rplHours().signum() > 0) {
                why.add(new Explanation("Provider's figure after prior learning: " + Words.hours(provider.value())
                        + " − " + Words.hours(facts.rplHours()) + " = " + Words.hours(afterPriorLearning),
                        Source.PROVIDER_POLICY));
            }
            return afterPriorLearning;
        });
        Optional<BigDecimal> planned;
        if (fundingMinimum.isEmpty()) {
            planned = Optional.empty();
            why.add(new Explanation("Planned off-the-job hours: unknown until the funding minimum is known",
                    Source.PROVIDER_POLICY));
        } else if (providerFigure.isEmpty()) {
            planned = fundingMinimum;
            why.add(new Explanation("Planned off-the-job hours: the funding minimum, " + Words.hours(
                    fundingMinimum.get()) + " (the provider sets no figure of its own)", Source.PROVIDER_POLICY));
        } else {
            BigDecimal funding = fundingMinimum.get();
            BigDecimal provider = providerFigure.get();
            planned = Optional.of(funding.max(provider));
            why.add(new Explanation("Planned off-the-job hours: the higher of the funding minimum "
                    + Words.hours(funding) + " and the provider's " + Words.hours(provider) + " = "
                    + Words.hours(planned.get()), Source.PROVIDER_POLICY));
        }
        return new Explained<>(new OtjPlan(fundingMinimum, providerFigure, planned), why);
    }
}
