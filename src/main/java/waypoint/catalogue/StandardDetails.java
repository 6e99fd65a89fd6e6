package waypoint.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import waypoint.rules.ProgrammeType;
import waypoint.shared.money.Money;

/**
 * Everything the catalogue knows about one version of a standard: its facts, duties and KSBs, its end-point
 * assessment (methods, grading table), the gateway checklist, what to build on programme and the delivery cadence.
 */
public record StandardDetails(StandardVersionId id, String referenceNumber, String version, String title, int level,
        Optional<Integer> larsCode, Optional<Integer> typicalDurationMonths, Optional<Money> fundingBandMaximum,
        Optional<String> route, Optional<String> status, Optional<LocalDate> approvedForDelivery,
        Optional<LocalDate> retiredOn, Optional<Integer> publishedMinimumOtjHours, boolean latest,
        Optional<String> overview, Optional<String> standardPageUrl, List<Duty> duties, List<Ksb> ksbs,
        List<EpaMethod> epaMethods, GradingScheme grading, List<GatewayItem> gatewayItems,
        List<OnProgrammeRequirement> onProgrammeRequirements, Optional<DeliveryCadence> deliveryCadence,
        ProgrammeType programmeType) {

    public StandardDetails {
        programmeType = programmeType == null ? ProgrammeType.APPRENTICESHIP_STANDARD : programmeType;
        duties = List.copyOf(duties);
        ksbs = List.copyOf(ksbs);
        epaMethods = List.copyOf(epaMethods);
        gatewayItems = List.copyOf(gatewayItems);
        onProgrammeRequirements = List.copyOf(onProgrammeRequirements);
    }

    public StandardSummary summary() {
        return new StandardSummary(id, referenceNumber, version, title, level, larsCode, typicalDurationMonths,
                fundingBandMaximum, route, status, approvedForDelivery, retiredOn, publishedMinimumOtjHours, latest,
                programmeType);
    }

    public List<Ksb> ksbs(KsbKind kind) {
        return ksbs.stream().filter(ksb -> ksb.kind() == kind).toList();
    }

    public Optional<Ksb> ksb(String code) {
        return ksbs.stream().filter(ksb -> ksb.code().equalsIgnoreCase(code)).findFirst();
    }

    /** KSBs whose text no source gave yet: an import or an administrator can complete them. */
    public long ksbsWithoutText() {
        return ksbs.stream().filter(ksb -> !ksb.hasText()).count();
    }
}
