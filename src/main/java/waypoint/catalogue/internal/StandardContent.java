package waypoint.catalogue.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import waypoint.catalogue.Duty;
import waypoint.catalogue.Ksb;
import waypoint.catalogue.KsbKind;

/**
 * What the published standard says about a version, as imported: its facts, KSBs and duties. Fields no source
 * gave are null. An import only completes it: a fact or text the file leaves out keeps its stored value, because
 * the reference files leave out what they could not find (../shared/reference/standards/README.md).
 */
public record StandardContent(String title, int level, Integer larsCode, Integer typicalDurationMonths,
        BigDecimal maxFunding, String route, String status, LocalDate approvedForDelivery, LocalDate retiredOn,
        Integer publishedMinimumOtjHours, String overview, String standardPageUrl, List<StoredKsb> ksbs,
        List<StoredDuty> duties) {

    public StandardContent {
        maxFunding = maxFunding == null ? null : maxFunding.setScale(2, RoundingMode.HALF_UP);
        ksbs = ksbs.stream().sorted(Comparator.comparing(StoredKsb::kind).thenComparingInt(StoredKsb::position)).toList();
        duties = duties.stream().sorted(Comparator.comparingInt(StoredDuty::position)).toList();
    }

    /** A KSB as stored: {@code sourceId} is the file's GUID or placeholder id, kept to match a later import. */
    public record StoredKsb(KsbKind kind, int position, String sourceId, String text, boolean textAddedByAdministrator) {

        Ksb toKsb() {
            return new Ksb(kind, position, Optional.ofNullable(text), textAddedByAdministrator);
        }
    }

    /** A duty as stored; {@code ksbCodes} is empty when no source mapped it. */
    public record StoredDuty(int position, String sourceId, String text, Boolean core, List<String> ksbCodes) {

        public StoredDuty {
            ksbCodes = List.copyOf(ksbCodes);
        }

        Duty toDuty() {
            return new Duty(position, Optional.ofNullable(text), Optional.ofNullable(core), ksbCodes);
        }
    }

    static StandardContent empty() {
        return new StandardContent("", 1, null, null, null, null, null, null, null, null, null, null, List.of(), List.of());
    }

    /** This content completed by a file's standard: what the file gives wins; what it leaves out stays. */
    StandardContent completedBy(ImportedStandard file) {
        return new StandardContent(file.title(), file.level(), or(file.larsCode(), larsCode),
                or(file.typicalDurationMonths(), typicalDurationMonths), or(file.maxFunding(), maxFunding),
                or(file.route(), route), or(file.status(), status),
                or(file.approvedForDelivery(), approvedForDelivery), or(file.retiredOn(), retiredOn),
                or(file.publishedMinimumOtjHours(), publishedMinimumOtjHours), or(file.overview(), overview),
                or(file.standardPageUrl(), standardPageUrl), mergedKsbs(file.ksbs()), mergedDuties(file.duties()));
    }

    private List<StoredKsb> mergedKsbs(List<ImportedStandard.Ksb> imported) {
        Map<String, StoredKsb> byCode = ksbs.stream()
                .collect(Collectors.toMap(k -> k.kind().code(k.position()), Function.identity()));
        for (ImportedStandard.Ksb ksb : imported) {
            String code = ksb.kind().code(ksb.position());
            StoredKsb stored = byCode.get(code);
            if (ksb.text() != null) {
                byCode.put(code, new StoredKsb(ksb.kind(), ksb.position(), or(ksb.sourceId(), stored == null ? null : stored.sourceId()),
                        ksb.text(), false));
            } else if (stored == null) {
                byCode.put(code, new StoredKsb(ksb.kind(), ksb.position(), ksb.sourceId(), null, false));
            } else {
                byCode.put(code, new StoredKsb(stored.kind(), stored.position(), or(ksb.sourceId(), stored.sourceId()),
                        stored.text(), stored.textAddedByAdministrator()));
            }
        }
        return new ArrayList<>(byCode.values());
    }

    private List<StoredDuty> mergedDuties(List<ImportedStandard.Duty> imported) {
        Map<Integer, StoredDuty> byPosition = duties.stream()
                .collect(Collectors.toMap(StoredDuty::position, Function.identity()));
        for (ImportedStandard.Duty duty : imported) {
            StoredDuty stored = byPosition.get(duty.position());
            byPosition.put(duty.position(), stored == null
                    ? new StoredDuty(duty.position(), duty.sourceId(), duty.text(), duty.core(),
                            duty.ksbCodes() == null ? List.of() : duty.ksbCodes())
                    : new StoredDuty(duty.position(), or(duty.sourceId(), stored.sourceId()), or(duty.text(), stored.text()),
                            or(duty.core(), stored.core()), duty.ksbCodes() == null ? stored.ksbCodes() : duty.ksbCodes()));
        }
        return new ArrayList<>(byPosition.values());
    }

    /** The same content with an administrator's text for a KSB no source gave text for. */
    StandardContent withKsbText(KsbKind kind, int position, String text) {
        List<StoredKsb> changed = ksbs.stream()
                .map(k -> k.kind() == kind && k.position() == position
                        ? new StoredKsb(kind, position, k.sourceId(), text, true) : k)
                .toList();
        return new StandardContent(title, level, larsCode, typicalDurationMonths, maxFunding, route, status,
                approvedForDelivery, retiredOn, publishedMinimumOtjHours, overview, standardPageUrl, changed, duties);
    }

    /** The same content with the LARS code an administrator recorded. */
    StandardContent withLarsCode(Integer code) {
        return new StandardContent(title, level, code, typicalDurationMonths, maxFunding, route, status,
                approvedForDelivery, retiredOn, publishedMinimumOtjHours, overview, standardPageUrl, ksbs, duties);
    }

    /** The same content with the funding band maximum an administrator recorded (null: not recorded). */
    StandardContent withMaxFunding(java.math.BigDecimal maximum) {
        return new StandardContent(title, level, larsCode, typicalDurationMonths, maximum, route, status,
                approvedForDelivery, retiredOn, publishedMinimumOtjHours, overview, standardPageUrl, ksbs, duties);
    }

    /** The same content with the typical duration in months (null: not recorded). */
    StandardContent withTypicalDurationMonths(Integer months) {
        return new StandardContent(title, level, larsCode, months, maxFunding, route, status,
                approvedForDelivery, retiredOn, publishedMinimumOtjHours, overview, standardPageUrl, ksbs, duties);
    }

    /** The same content with the published status, like “Approved for delivery” or “Retired” (null: not recorded). */
    StandardContent withStatus(String newStatus) {
        return new StandardContent(title, level, larsCode, typicalDurationMonths, maxFunding, route, newStatus,
                approvedForDelivery, retiredOn, publishedMinimumOtjHours, overview, standardPageUrl, ksbs, duties);
    }

    /** The same content with the date the version was approved for delivery (null: not recorded). */
    StandardContent withApprovedForDelivery(LocalDate approved) {
        return new StandardContent(title, level, larsCode, typicalDurationMonths, maxFunding, route, status,
                approved, retiredOn, publishedMinimumOtjHours, overview, standardPageUrl, ksbs, duties);
    }

    /** The same content with the first day no new apprenticeship may start on the version (null: not recorded). */
    StandardContent withRetiredOn(LocalDate retired) {
        return new StandardContent(title, level, larsCode, typicalDurationMonths, maxFunding, route, status,
                approvedForDelivery, retired, publishedMinimumOtjHours, overview, standardPageUrl, ksbs, duties);
    }

    /** The same content with the minimum off-the-job hours an administrator recorded (null: not recorded). */
    StandardContent withPublishedMinimumOtjHours(Integer hours) {
        return new StandardContent(title, level, larsCode, typicalDurationMonths, maxFunding, route, status,
                approvedForDelivery, retiredOn, hours, overview, standardPageUrl, ksbs, duties);
    }

    Optional<StoredKsb> ksb(KsbKind kind, int position) {
        return ksbs.stream().filter(k -> k.kind() == kind && k.position() == position).findFirst();
    }

    boolean hasKsbCode(String code) {
        return ksbs.stream().anyMatch(k -> k.kind().code(k.position()).equalsIgnoreCase(code));
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
