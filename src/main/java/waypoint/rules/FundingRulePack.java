package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The funding rules for apprenticeships that start in one period. The start date chooses the pack
 * ({@link FundingRules#packFor}); the rules of that pack apply for the whole apprenticeship. A rule that changed
 * inside a pack's period (English and maths on 11 Feb 2025, active learning on 1 Aug 2023) is a dated rule inside
 * the pack, not a pack of its own.
 */
public sealed interface FundingRulePack permits PackBeforeAugust2022, PackAugust2022ToJuly2025, PackFromAugust2025,
        PackFromAugust2026 {

    /** “Starts from 1 August 2022 to 31 July 2025”. */
    String name();

    boolean covers(LocalDate start);

    /** The off-the-job hours an apprentice with no prior learning must plan; empty when it cannot be known. */
    Explained<Optional<BigDecimal>> minimumOtjHours(ApprenticeshipFacts facts);

    /** The least off-the-job hours an apprenticeship may plan, even after recognition of prior learning. */
    Explained<BigDecimal> otjFloor(ApprenticeshipFacts facts);

    Explained<MinimumDuration> minimumDuration(ApprenticeshipFacts facts);

    ReviewCadence reviewCadence();

    Explained<EnglishAndMaths> englishAndMaths(ApprenticeshipFacts facts);

    Explained<ActiveLearningInterval> activeLearningInterval(ApprenticeshipFacts facts);
}
