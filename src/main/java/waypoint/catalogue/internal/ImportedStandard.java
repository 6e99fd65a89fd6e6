package waypoint.catalogue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import waypoint.catalogue.KsbKind;
import waypoint.rules.ProgrammeType;

/**
 * One standard as a file gave it, checked. Every field but the four required ones may be missing (null): an import
 * completes what is stored and never erases it. KSB and duty ids (GUIDs or placeholders) have become positional
 * codes; a duty's KSB codes are null when the file gave no mapping. The programme type is null when the file does
 * not say it.
 */
public record ImportedStandard(String referenceNumber, VersionNumber version, String title, int level,
        Integer larsCode, Integer typicalDurationMonths, BigDecimal maxFunding, String route, String status,
        LocalDate approvedForDelivery, LocalDate retiredOn, Integer publishedMinimumOtjHours, String overview,
        String standardPageUrl, List<Ksb> ksbs, List<Duty> duties, ProgrammeType programmeType) {

    public ImportedStandard(String referenceNumber, VersionNumber version, String title, int level,
            Integer larsCode, Integer typicalDurationMonths, BigDecimal maxFunding, String route, String status,
            LocalDate approvedForDelivery, LocalDate retiredOn, Integer publishedMinimumOtjHours, String overview,
            String standardPageUrl, List<Ksb> ksbs, List<Duty> duties) {
        this(referenceNumber, version, title, level, larsCode, typicalDurationMonths, maxFunding, route, status,
                approvedForDelivery, retiredOn, publishedMinimumOtjHours, overview, standardPageUrl, ksbs, duties, null);
    }

    public ImportedStandard {
        ksbs = List.copyOf(ksbs);
        duties = List.copyOf(duties);
    }

    public String label() {
        return referenceNumber + " v" + version;
    }

    /** A KSB at its position within its kind (1-based), with the file's id and text when given. */
    public record Ksb(KsbKind kind, int position, String sourceId, String text) {
    }

    /** A duty at its position (1-based); {@code ksbCodes} null when the file did not map it. */
    public record Duty(int position, String sourceId, String text, Boolean core, List<String> ksbCodes) {
    }
}
