package waypoint.catalogue;

import java.time.LocalDate;
import java.util.Optional;

import waypoint.rules.ProgrammeType;
import waypoint.shared.money.Money;

/**
 * What other modules need to name, fund and plan an apprenticeship on a standard version: the funding band maximum
 * (pounds) and, for starts from 1 August 2025, the standard's published minimum off-the-job hours when known
 * (docs/domain/funding-rules.md, “Off-the-job training minimum”). Facts no source gave are empty. The programme type
 * says which rules apply (docs/domain/programme-types.md); for an apprenticeship unit the published hours are the unit's
 * planned hours.
 */
public record StandardSummary(StandardVersionId id, String referenceNumber, String version, String title, int level,
        Optional<Integer> larsCode, Optional<Integer> typicalDurationMonths, Optional<Money> fundingBandMaximum,
        Optional<String> route, Optional<String> status, Optional<LocalDate> approvedForDelivery,
        Optional<LocalDate> retiredOn, Optional<Integer> publishedMinimumOtjHours, boolean latest,
        ProgrammeType programmeType) {

    /** An apprenticeship standard. */
    public StandardSummary(StandardVersionId id, String referenceNumber, String version, String title, int level,
            Optional<Integer> larsCode, Optional<Integer> typicalDurationMonths, Optional<Money> fundingBandMaximum,
            Optional<String> route, Optional<String> status, Optional<LocalDate> approvedForDelivery,
            Optional<LocalDate> retiredOn, Optional<Integer> publishedMinimumOtjHours, boolean latest) {
        this(id, referenceNumber, version, title, level, larsCode, typicalDurationMonths, fundingBandMaximum, route,
                status, approvedForDelivery, retiredOn, publishedMinimumOtjHours, latest,
                ProgrammeType.APPRENTICESHIP_STANDARD);
    }

    public StandardSummary {
        programmeType = programmeType == null ? ProgrammeType.APPRENTICESHIP_STANDARD : programmeType;
    }

    /** “ST0116 v1.1 Software developer (level 4)”. */
    public String label() {
        return referenceNumber + " v" + version + " " + title + " (level " + level + ")";
    }
}
