package waypoint.ilr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the official validation rules need beyond the file itself: today's date (for rules about dates in the future),
 * the provider's UKPRN, the apprenticeship standards the provider knows with their LARS dates, and the end-point
 * assessment organisations known to assess each standard. Each method returning empty means "not known": a rule that
 * needs the fact is then not applied, never guessed (docs/domain/ilr.md, "Checking a return before upload"). The
 * collection year's first and last day come from the year itself.
 */
public interface IlrReferenceData {

    /** Today, in Europe/London. */
    default Optional<LocalDate> today() {
        return Optional.empty();
    }

    /** The provider's UKPRN. */
    default Optional<Integer> ukprn() {
        return Optional.empty();
    }

    /**
     * The apprenticeship standards known, by LARS code: when present, a standard code missing from it is not a valid
     * standard.
     */
    default Optional<Map<Integer, Standard>> standards() {
        return Optional.empty();
    }

    /** The end-point assessment organisations (their ids, EPA0001) known to assess a standard. */
    default Optional<Set<String>> assessmentOrganisations(int standardCode) {
        return Optional.empty();
    }

    /**
     * The end-point assessment organisations the provider has recorded (their ids), whichever standards they assess:
     * when present, an organisation id missing from it is not one the provider knows. Read where the organisations of
     * a standard are not known.
     */
    default Optional<Set<String>> recordedAssessmentOrganisations() {
        return Optional.empty();
    }

    /**
     * The learning aim references known to be English or maths (in LARS, a basic skills type of English or maths):
     * the English and maths qualifications the provider has recorded. When present, a component aim whose reference is
     * missing from it is read as not English or maths (docs/domain/ilr.md, "Checking a return before upload").
     */
    default Optional<Set<String>> englishAndMathsAims() {
        return Optional.empty();
    }

    /**
     * A standard as LARS dates it: from when it may be delivered, until when (null: no end), and the last date for new
     * starts (null: none set).
     */
    record Standard(int larsCode, LocalDate effectiveFrom, LocalDate effectiveTo, LocalDate lastDateForNewStarts) {

        /**
         * The standards as a catalogue of standard versions knows them (docs/domain/ilr.md, "Checking a return
         * before upload"): the versions sharing a LARS code are one standard, available from the earliest approval
         * for delivery of its versions, and closed to new starts on the latest retirement once every version is
         * retired. The catalogue does not know when funding for a standard ends, so that date is not known.
         */
        public static Map<Integer, Standard> fromVersions(java.util.Collection<VersionDates> versions) {
            Map<Integer, List<VersionDates>> byCode = new java.util.TreeMap<>();
            versions.forEach(v -> byCode.computeIfAbsent(v.larsCode(), c -> new java.util.ArrayList<>()).add(v));
            Map<Integer, Standard> standards = new java.util.HashMap<>();
            byCode.forEach((code, all) -> {
                LocalDate from = all.stream().map(VersionDates::approvedForDelivery).filter(java.util.Objects::nonNull)
                        .min(LocalDate::compareTo).orElse(null);
                boolean allRetired = all.stream().allMatch(v -> v.retiredOn() != null);
                LocalDate lastNewStart = allRetired ? all.stream().map(VersionDates::retiredOn)
                        .max(LocalDate::compareTo).orElse(null) : null;
                standards.put(code, new Standard(code, from, null, lastNewStart));
            });
            return standards;
        }
    }

    /** One version of a standard as a catalogue records it: its LARS code, approval for delivery and retirement. */
    record VersionDates(int larsCode, LocalDate approvedForDelivery, LocalDate retiredOn) {
    }

    /** Nothing known beyond the file: the rules that need reference data are not applied. */
    static IlrReferenceData nothingKnown() {
        return Known.NOTHING;
    }

    /** Reference data given as values, each null when not known. */
    static Known known() {
        return Known.NOTHING;
    }

    /** Reference data given as values; each null when not known. */
    record Known(LocalDate todayDate, Integer providerUkprn, Map<Integer, Standard> standardsByCode,
                 Map<Integer, Set<String>> organisationsByStandard, Set<String> recordedOrganisations,
                 Set<String> englishMathsRefs)
            implements IlrReferenceData {

        static final Known NOTHING = new Known(null, null, null, null, null, null);

        public Known {
            standardsByCode = standardsByCode == null ? null : Map.copyOf(standardsByCode);
            organisationsByStandard = organisationsByStandard == null ? null : Map.copyOf(organisationsByStandard);
            recordedOrganisations = recordedOrganisations == null ? null : Set.copyOf(recordedOrganisations);
            englishMathsRefs = englishMathsRefs == null ? null : Set.copyOf(englishMathsRefs);
        }

        /** The English and maths learning aim references known (the provider's recorded qualifications). */
        public Known withEnglishAndMathsAims(Set<String> learnAimRefs) {
            return new Known(todayDate, providerUkprn, standardsByCode, organisationsByStandard, recordedOrganisations,
                    learnAimRefs);
        }

        @Override
        public Optional<Set<String>> englishAndMathsAims() {
            return Optional.ofNullable(englishMathsRefs);
        }

        public Known withToday(LocalDate today) {
            return new Known(today, providerUkprn, standardsByCode, organisationsByStandard, recordedOrganisations,
                    englishMathsRefs);
        }

        public Known withUkprn(Integer ukprn) {
            return new Known(todayDate, ukprn, standardsByCode, organisationsByStandard, recordedOrganisations,
                    englishMathsRefs);
        }

        public Known withStandards(Map<Integer, Standard> standards) {
            return new Known(todayDate, providerUkprn, standards, organisationsByStandard, recordedOrganisations,
                    englishMathsRefs);
        }

        public Known withAssessmentOrganisations(Map<Integer, Set<String>> byStandard) {
            return new Known(todayDate, providerUkprn, standardsByCode, byStandard, recordedOrganisations,
                    englishMathsRefs);
        }

        public Known withRecordedAssessmentOrganisations(Set<String> ids) {
            return new Known(todayDate, providerUkprn, standardsByCode, organisationsByStandard, ids,
                    englishMathsRefs);
        }

        @Override
        public Optional<Set<String>> recordedAssessmentOrganisations() {
            return Optional.ofNullable(recordedOrganisations);
        }

        @Override
        public Optional<LocalDate> today() {
            return Optional.ofNullable(todayDate);
        }

        @Override
        public Optional<Integer> ukprn() {
            return Optional.ofNullable(providerUkprn);
        }

        @Override
        public Optional<Map<Integer, Standard>> standards() {
            return Optional.ofNullable(standardsByCode);
        }

        @Override
        public Optional<Set<String>> assessmentOrganisations(int standardCode) {
            return organisationsByStandard == null ? Optional.empty()
                    : Optional.ofNullable(organisationsByStandard.get(standardCode));
        }
    }
}
