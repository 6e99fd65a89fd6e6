package waypoint.rules;

import java.math.BigDecimal;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * What the rules need to know about the apprenticeship standard (from the catalogue): its reference, the published
 * minimum off-the-job hours (only standards published for starts from 1 Aug 2025 have one; empty means “not
 * recorded”, never zero), the funding band maximum in pounds, the typical duration and the level (empty when not
 * known: the level 7 age rule then cannot be applied, and says so), and the programme type (an apprenticeship
 * standard unless the catalogue says otherwise; docs/domain/programme-types.md). For an apprenticeship unit the
 * published hours are the unit's planned hours.
 */
public record StandardFacts(
        String referenceNumber,
        Optional<BigDecimal> publishedMinimumOtjHours,
        Money fundingBandMaximum,
        int typicalDurationMonths,
        Optional<Integer> level,
        ProgrammeType programmeType) {

    public StandardFacts(String referenceNumber, Optional<BigDecimal> publishedMinimumOtjHours,
            Money fundingBandMaximum, int typicalDurationMonths) {
        this(referenceNumber, publishedMinimumOtjHours, fundingBandMaximum, typicalDurationMonths, Optional.empty());
    }

    /** An apprenticeship standard. */
    public StandardFacts(String referenceNumber, Optional<BigDecimal> publishedMinimumOtjHours,
            Money fundingBandMaximum, int typicalDurationMonths, Optional<Integer> level) {
        this(referenceNumber, publishedMinimumOtjHours, fundingBandMaximum, typicalDurationMonths, level,
                ProgrammeType.APPRENTICESHIP_STANDARD);
    }

    public StandardFacts {
        publishedMinimumOtjHours = publishedMinimumOtjHours == null ? Optional.empty() : publishedMinimumOtjHours;
        level = level == null ? Optional.empty() : level;
        programmeType = programmeType == null ? ProgrammeType.APPRENTICESHIP_STANDARD : programmeType;
        ProgrammeType type = programmeType;
        new FieldErrors()
                .rejectIf(referenceNumber == null || !referenceNumber.matches("ST\\d{4}"), "standard",
                        "The standard's reference must be ST followed by 4 digits, like ST0116")
                .rejectIf(type == ProgrammeType.FOUNDATION_APPRENTICESHIP && level.filter(l -> l != 2).isPresent(),
                        "standard", "A foundation apprenticeship is at level 2 (the apprenticeship funding rules,"
                                + " foundation apprenticeships)")
                .rejectIf(publishedMinimumOtjHours.filter(hours -> hours.signum() <= 0).isPresent(), "standard",
                        "The standard's published minimum off-the-job hours must be more than 0")
                .rejectIf(fundingBandMaximum == null || fundingBandMaximum.isNegative(), "standard",
                        "The standard's funding band maximum must be £0 or more")
                .rejectIf(typicalDurationMonths <= 0, "standard",
                        "The standard's typical duration must be at least 1 month")
                .rejectIf(level.filter(l -> l < 1 || l > 8).isPresent(), "standard",
                        "The standard's level must be from 1 to 8")
                .throwIfAny();
    }

    /** A standard without a published minimum off-the-job figure (every standard before the 2025-26 rules). */
    public static StandardFacts of(String referenceNumber, Money fundingBandMaximum, int typicalDurationMonths) {
        return new StandardFacts(referenceNumber, Optional.empty(), fundingBandMaximum, typicalDurationMonths);
    }

    public StandardFacts withPublishedMinimumOtjHours(BigDecimal hours) {
        return new StandardFacts(referenceNumber, Optional.of(hours), fundingBandMaximum, typicalDurationMonths, level,
                programmeType);
    }

    public StandardFacts withLevel(int standardLevel) {
        return new StandardFacts(referenceNumber, publishedMinimumOtjHours, fundingBandMaximum, typicalDurationMonths,
                Optional.of(standardLevel), programmeType);
    }

    public StandardFacts withProgrammeType(ProgrammeType type) {
        return new StandardFacts(referenceNumber, publishedMinimumOtjHours, fundingBandMaximum, typicalDurationMonths,
                level, type);
    }
}
