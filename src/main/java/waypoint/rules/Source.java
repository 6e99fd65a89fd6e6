package waypoint.rules;

/**
 * Where a rule comes from. Every explanation ends with one of these, so a reader can check the rule against the
 * document it was taken from (the design notes in DOMAIN.md, a seed document, or an ILR validation rule).
 */
public enum Source {
    PACK_BY_START_DATE("DOMAIN.md, Off-the-job training minimum, by apprenticeship start date"),
    OTJ_BEFORE_AUGUST_2022("DOMAIN.md, Off-the-job training minimum, starts before 1 Aug 2022;"
            + " seed 000 handbook, 20% Off the Job Training"),
    OTJ_AUGUST_2022_TO_JULY_2025("DOMAIN.md, Off-the-job training minimum, starts 1 Aug 2022 to 31 Jul 2025"),
    OTJ_FROM_AUGUST_2025("DOMAIN.md, Off-the-job training minimum, starts from 1 Aug 2025"),
    STATUTORY_LEAVE_FORMULA("DOMAIN.md, formula used by peers for 2022-2025 starts,"
            + " unverified as the exact official formula"),
    ILR_PHOURS_06("ILR 2025-26 validation rule PHours_06: planned hours not below 278 for starts"
            + " 1 Aug 2022 to 31 Jul 2025"),
    ILR_PHOURS_08("ILR 2025-26 validation rule PHours_08: planned hours not below 187 for starts from 1 Aug 2025"),
    MINIMUM_DURATION_12_MONTHS("DOMAIN.md, Minimum duration; ILR rule DateOfBirth_46"),
    MINIMUM_DURATION_8_MONTHS("DOMAIN.md, Minimum duration; ILR rule DateOfBirth_57"),
    PART_TIME_EXTENSION("DOMAIN.md, Minimum duration, part-time apprentices"),
    REVIEWS_EVERY_12_WEEKS("seed 000 handbook, Progress Reviews; DOMAIN.md, Progress reviews, funding rules 2022-23"),
    REVIEWS_2025_26("DOMAIN.md, Progress reviews, funding rules 2025-26, a secondary source"),
    ENGLISH_AND_MATHS("DOMAIN.md, English and maths"),
    ENGLISH_AND_MATHS_ENTRY_REQUIREMENTS("seed 004 Level 4 Learning and Skills Mentor, Entry requirements"),
    ENGLISH_AND_MATHS_EXEMPTION("seed 000 handbook, English and Mathematics"),
    PRIOR_LEARNING("DOMAIN.md, Recognition of prior learning"),
    ACTIVE_LEARNING("DOMAIN.md, Active learning"),
    PROVIDER_POLICY("the provider's own policy, stricter than the funding rules; the seed 000 handbook plans 20%"
            + " of contracted hours and reviews every 12 weeks");

    private final String citation;

    Source(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
