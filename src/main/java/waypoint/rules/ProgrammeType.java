package waypoint.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The kind of programme a standard version is, and what follows from it (docs/domain/programme-types.md): an
 * apprenticeship standard, a foundation apprenticeship (level 2, for starts from 1 August 2025) or an apprenticeship
 * unit (adults only, 30 to 140 hours over 1 to 16 weeks, for starts from 28 April 2026). The ILR returns
 * apprenticeship standards and foundation apprenticeships as programme type 25 (the 2025-26 validation rule
 * DateOfBirth_59 tells a foundation apprenticeship by its standard's type in the learning aim reference data) and
 * apprenticeship units as programme type 34 (the ILR 2026-27).
 */
public enum ProgrammeType {
    APPRENTICESHIP_STANDARD("Apprenticeship standard", 25, null),
    FOUNDATION_APPRENTICESHIP("Foundation apprenticeship", 25, LocalDate.of(2025, 8, 1)),
    APPRENTICESHIP_UNIT("Apprenticeship unit", 34, LocalDate.of(2026, 4, 28));

    private final String label;
    private final int ilrProgrammeType;
    private final LocalDate firstStart;

    ProgrammeType(String label, int ilrProgrammeType, LocalDate firstStart) {
        this.label = label;
        this.ilrProgrammeType = ilrProgrammeType;
        this.firstStart = firstStart;
    }

    /** “Foundation apprenticeship”. */
    public String label() {
        return label;
    }

    /** The ILR's programme type (ProgType): 25 for standards and foundation apprenticeships, 34 for units. */
    public int ilrProgrammeType() {
        return ilrProgrammeType;
    }

    /** The first start date the funding rules allow for this type; empty for apprenticeship standards. */
    public Optional<LocalDate> firstStart() {
        return Optional.ofNullable(firstStart);
    }

    /** Apprenticeship units end with a provider test the employer validates, not an end-point assessment. */
    public boolean hasEndPointAssessment() {
        return this != APPRENTICESHIP_UNIT;
    }

    /** Apprenticeship units carry no English and maths. */
    public boolean hasEnglishAndMaths() {
        return this != APPRENTICESHIP_UNIT;
    }

    /**
     * Whether an apprenticeship of this type counts in the achievement rates of the accountability year that starts in
     * August of {@code academicYearStart}: foundation apprenticeships are left out from 2025 to 2026.
     */
    public boolean countsInAchievementRates(int academicYearStart) {
        return this != FOUNDATION_APPRENTICESHIP || academicYearStart < 2025;
    }

    /**
     * The type as a file or form names it, ignoring case, spaces and punctuation: “APPRENTICESHIP_UNIT”,
     * “Apprenticeship unit”, “FoundationApprenticeship”, or the ILR's 34 for a unit; empty when it names none.
     */
    public static Optional<ProgrammeType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cleaned = text.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        for (ProgrammeType type : values()) {
            if (type.name().replace("_", "").equals(cleaned)) {
                return Optional.of(type);
            }
        }
        return switch (cleaned) {
            case "STANDARD" -> Optional.of(APPRENTICESHIP_STANDARD);
            case "FOUNDATION", "FOUNDATIONAPPRENTICESHIPSTANDARD" -> Optional.of(FOUNDATION_APPRENTICESHIP);
            case "UNIT", "34" -> Optional.of(APPRENTICESHIP_UNIT);
            default -> Optional.empty();
        };
    }
}
