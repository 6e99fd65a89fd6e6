package waypoint.rules;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The funding rules' cadence and a provider's own, planned to whichever is due first: a provider may be stricter
 * than the funding rules, never looser. Source: the provider's policy (seed 000 handbook: every 12 weeks).
 */
record StricterReviewCadence(ReviewCadence fundingRules, ReviewCadence provider) implements ReviewCadence {

    @Override
    public Explained<LocalDate> firstReviewDue(LocalDate start) {
        return earlier(cadence -> cadence.firstReviewDue(start));
    }

    @Override
    public Explained<LocalDate> nextReviewDue(LocalDate previousReview) {
        return earlier(cadence -> cadence.nextReviewDue(previousReview));
    }

    private Explained<LocalDate> earlier(Function<ReviewCadence, Explained<LocalDate>> due) {
        Explained<LocalDate> byFundingRules = due.apply(fundingRules);
        Explained<LocalDate> byProvider = due.apply(provider);
        boolean providerFirst = byProvider.value().isBefore(byFundingRules.value());
        LocalDate planned = providerFirst ? byProvider.value() : byFundingRules.value();
        return new Explained<>(planned, byFundingRules.explanations())
                .and(byProvider.explanations())
                .and("Planned to the earlier date, " + Words.date(planned) + (providerFirst
                        ? ": the provider's cadence (" + provider.inWords() + ") is stricter than the funding rules'"
                        : ": the funding rules' date comes first"), Source.PROVIDER_POLICY);
    }

    @Override
    public String inWords() {
        return fundingRules.inWords() + ", or " + provider.inWords() + " if sooner";
    }
}
