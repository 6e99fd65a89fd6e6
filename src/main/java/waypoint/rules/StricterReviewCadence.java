package waypoint.rules;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The funding rules' cadence and a provider's own, planned to whichever is due first: a provider may be stricter
 * than the funding rules, never looser. Source: the provider's policy (the learner handbook: every 12 weeks).
 */
record StricterReviewCadence(ReviewCadence fundingRules, ReviewCadence provider) implements ReviewCadence {

    @Override
    public Explained<LocalDate> firstReviewDue(LocalDate start) {
        return sooner(cadence -> cadence.firstReviewDue(start));
    }

    @Override
    public Explained<LocalDate> nextReviewDue(LocalDate previousReview) {
        return sooner(cadence -> cadence.nextReviewDue(previousReview));
    }

    private Explained<LocalDate> sooner(Function<ReviewCadence, Explained<LocalDate>> due) {
        Explained<LocalDate> byFundingRules = due.apply(fundingRules);
        Explained<LocalDate> byProvider = due.apply(provider);
        LocalDate fundingDate = byFundingRules.value();
        LocalDate providerDate = byProvider.value();
        if (providerDate.equals(fundingDate)) {
            return byFundingRules.and("The provider's cadence (" + provider.inWords() + ") gives the same date",
                    Source.PROVIDER_POLICY);
        }
        if (providerDate.isAfter(fundingDate)) {
            return byFundingRules.and("The provider's cadence (" + provider.inWords() + ") would allow "
                    + Words.date(providerDate) + ", later than the funding rules, so the funding rules' date stands",
                    Source.PROVIDER_POLICY);
        }
        return new Explained<>(providerDate, byFundingRules.explanations())
                .and(byProvider.explanations())
                .and("Planned to the provider's stricter date, " + Words.date(providerDate), Source.PROVIDER_POLICY);
    }

    @Override
    public String inWords() {
        if (fundingRules.inWords().equals(provider.inWords())) {
            return fundingRules.inWords();
        }
        return fundingRules.inWords() + ", or " + provider.inWords() + " if sooner";
    }
}
