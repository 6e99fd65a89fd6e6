package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The off-the-job minimum of starts from 1 August 2025 onwards: the figure published for the standard version, no
 * longer tied to duration or hours worked, never below 187 h (docs/domain/funding-rules.md, Off-the-job training
 * minimum). No published figure recorded → unknown: the rules never guess one, and never say 0.
 */
final class PublishedMinimum {

    static final BigDecimal LEAST_HOURS = new BigDecimal("187.0");

    private PublishedMinimum() {
    }

    /**
     * @param source      where the per-standard figure comes from, for the starts of the pack
     * @param floorSource where the 187 h floor comes from, for the starts of the pack
     */
    static Explained<Optional<BigDecimal>> of(ApprenticeshipFacts facts, Source source, Source floorSource) {
        StandardFacts standard = facts.standard();
        Optional<BigDecimal> published = standard.publishedMinimumOtjHours()
                .map(hours -> hours.setScale(1, RoundingMode.HALF_UP));
        if (published.isEmpty()) {
            return Explained.because(Optional.empty(), "Minimum off-the-job hours: unknown: the standard's published"
                    + " minimum is not recorded for " + standard.referenceNumber() + "; record it on the standard"
                    + " (the rules do not guess it; it is never below 187 h)", source);
        }
        Explained<Optional<BigDecimal>> minimum = Explained.because(published,
                "Minimum off-the-job hours: the published minimum for " + standard.referenceNumber() + ", "
                        + Words.hours(published.get()) + " (not tied to the duration or the hours worked)",
                source);
        if (published.get().compareTo(LEAST_HOURS) < 0) {
            return minimum.map(figure -> Optional.of(LEAST_HOURS))
                    .and("The published figure is below 187 h, the least the rules accept for these starts, so the"
                            + " minimum is 187 h", floorSource);
        }
        return minimum;
    }
}
