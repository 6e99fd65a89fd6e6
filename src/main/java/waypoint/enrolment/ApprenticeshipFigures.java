package waypoint.enrolment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the funding-rule pack of an apprenticeship's start date (with the provider's stricter policy) says of it:
 * the minimum and planned off-the-job hours (empty when the standard's minimum is not known), the minimum duration,
 * the reasoning in sentences, and warnings a person should read before going on (a price above the standard's
 * funding band maximum, a figure nobody supplied).
 */
public record ApprenticeshipFigures(String rulePack, Optional<BigDecimal> minimumOtjHours,
        Optional<BigDecimal> plannedOtjHours, long minimumDurationDays, boolean meetsMinimumDuration,
        List<String> explanations, List<String> warnings) {

    public ApprenticeshipFigures {
        explanations = List.copyOf(explanations);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** These figures with more warnings. */
    public ApprenticeshipFigures warning(List<String> more) {
        return new ApprenticeshipFigures(rulePack, minimumOtjHours, plannedOtjHours, minimumDurationDays,
                meetsMinimumDuration, explanations, Stream.concat(warnings.stream(), more.stream()).toList());
    }
}
