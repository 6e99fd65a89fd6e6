package waypoint.rules;

/**
 * Where a rule comes from, named as a provider would find it: the apprenticeship funding rules of the year, an ILR
 * validation rule, or the provider's own documents (the learner handbook, its planning policy). Every explanation
 * ends with one of these, so a reader can check the rule against the document. What each rule says, with links to
 * the public documents, is in docs/domain/funding-rules.md.
 */
public enum Source {
    PACK_BY_START_DATE("the apprenticeship funding rules, off-the-job training: the rules of the year the"
            + " apprenticeship started"),
    OTJ_BEFORE_AUGUST_2022("the apprenticeship funding rules for starts before 1 August 2022, off-the-job training;"
            + " the learner handbook, “20% Off the Job Training”"),
    OTJ_AUGUST_2022_TO_JULY_2025("the apprenticeship funding rules for starts from 1 August 2022 to 31 July 2025,"
            + " off-the-job training"),
    OTJ_FROM_AUGUST_2025("the apprenticeship funding rules for starts from 1 August 2025, off-the-job training: the"
            + " minimum published for each standard"),
    OTJ_FROM_AUGUST_2026("the apprenticeship funding rules 2026 to 2027, off-the-job training: the minimum hours for"
            + " compliance Skills England publishes for each standard version, reduced only by prior learning and never"
            + " below 187 hours"),
    STATUTORY_LEAVE_FORMULA("the apprenticeship funding rules for starts from 1 August 2022 to 31 July 2025,"
            + " off-the-job training: statutory leave taken off pro rata, worked out as providers commonly do"),
    ILR_PHOURS_06("ILR 2025-26 validation rule PHours_06: planned hours not below 278 for starts"
            + " 1 Aug 2022 to 31 Jul 2025"),
    ILR_PHOURS_08("ILR 2025-26 validation rule PHours_08: planned hours not below 187 for starts from 1 Aug 2025"),
    MINIMUM_DURATION_12_MONTHS("the apprenticeship funding rules, minimum duration of 12 months;"
            + " ILR validation rule DateOfBirth_46"),
    MINIMUM_DURATION_8_MONTHS("the apprenticeship funding rules for starts from 1 August 2025, minimum duration of"
            + " 8 months; ILR validation rule DateOfBirth_57"),
    MINIMUM_DURATION_2026_27("the apprenticeship funding rules 2026 to 2027, minimum duration of 8 months"),
    PART_TIME_EXTENSION("the apprenticeship funding rules, minimum duration for part-time apprentices"),
    REVIEWS_EVERY_12_WEEKS("the learner handbook, “Progress Reviews”; the apprenticeship funding rules 2022 to 2023,"
            + " progress reviews"),
    REVIEWS_2025_26("the apprenticeship funding rules 2025 to 2026, progress reviews"),
    ENGLISH_AND_MATHS("the apprenticeship funding rules, English and maths"),
    ENGLISH_AND_MATHS_ENTRY_REQUIREMENTS("the apprenticeship funding rules, English and maths: education, health and"
            + " care plans and British Sign Language; the standard's entry requirements"),
    ENGLISH_AND_MATHS_WITHDRAWAL("the apprenticeship funding rules 2026 to 2027, English and maths: an apprentice"
            + " aged 19 or over may be withdrawn from English and maths"),
    ENGLISH_AND_MATHS_EXEMPTION("the learner handbook, “English and Mathematics”"),
    PRIOR_LEARNING("the apprenticeship funding rules, recognition of prior learning"),
    ACTIVE_LEARNING("the apprenticeship funding rules, active learning"),
    LEVEL_7_AGE("the apprenticeship funding rules, level 7 apprenticeships from 1 January 2026: funded only for"
            + " apprentices aged 21 or under at the start, or up to 24 for care leavers and those with an education,"
            + " health and care plan"),
    FUNDING_BAND("the apprenticeship funding rules, funding band maximum: the government funds the price up to the"
            + " standard's maximum and the employer pays any part above it"),
    CO_INVESTMENT_FROM_APRIL_2025("the apprenticeship funding rules, co-investment from 1 April 2025: none for"
            + " apprentices aged 16 to 21 at non-levy employers, 5% otherwise"),
    CO_INVESTMENT_2026_27("the apprenticeship funding rules 2026 to 2027, co-investment: training of 16 to 24 year"
            + " olds at non-levy employers fully funded, 5% otherwise; a levy payer whose levy funds run out pays 25%"),
    EARNINGS("the apprenticeship funding rules and the funding methodology: 80% of the funded price paid monthly over"
            + " the planned practical period while the apprentice is in learning on the last day of the month, 20% on"
            + " completion"),
    INCENTIVES_16_TO_18("the apprenticeship funding rules, additional payments for 16 to 18 year olds (and 19 to 24"
            + " year olds with an education, health and care plan or who have been in care): £1,000 to the provider"
            + " and £1,000 to the employer, in halves after 90 and 365 days in learning"),
    SMALL_EMPLOYER_INCENTIVE_2026_27("the apprenticeship funding rules 2026 to 2027, the payment for small"
            + " employers taking on apprentices aged 16 to 24: £2,000, in halves after 90 and 365 days in learning"
            + " (reported by a secondary source; check the current rules)"),
    FOUNDATION_APPRENTICESHIPS("the apprenticeship funding rules for starts from 1 August 2025, foundation"
            + " apprenticeships: level 2 standards of their own, at least 187 off-the-job hours"),
    FOUNDATION_APPRENTICESHIP_AGE("ILR 2025-26 validation rule DateOfBirth_59: a funded foundation apprenticeship"
            + " starting from 1 August 2025 is for learners under 25 at the start (restarts excepted)"),
    APPRENTICESHIP_UNITS("the apprenticeship unit funding rules 2026 to 2027: starts from 28 April 2026, learners aged"
            + " 19 or over at the start, 30 to 140 planned hours over 1 to 16 weeks, no English and maths, a provider"
            + " test the employer validates instead of an end-point assessment"),
    PROVIDER_POLICY("your planning policy on the provider's page, stricter than the funding rules: by default the"
            + " learner handbook's 20% of contracted hours and a review every 12 weeks");

    private final String citation;

    Source(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
