package waypoint.rules;

import java.time.LocalDate;

/**
 * Level 7 apprenticeships starting from 1 January 2026 are funded only for apprentices aged 21 or under at the start;
 * care leavers and those with an education, health and care plan up to 24 (docs/domain/funding-rules.md, Level 7
 * apprenticeships). A dated rule like English and maths: it follows the start date, not the pack's period. The age is
 * taken as English and maths takes it: whole years on the start (the original start for a restart), a birthday on
 * the day counting. So a start on the 22nd birthday is too old without the exception, on the 25th too old with it.
 */
final class LevelSevenAgeRule {

    static final LocalDate APPLIES_FROM = LocalDate.of(2026, 1, 1);
    static final int LEVEL = 7;
    static final int OLDEST = 21;
    static final int OLDEST_CARE_LEAVER_OR_EHC_PLAN = 24;

    private LevelSevenAgeRule() {
    }

    static Explained<FundingEligibility> decide(ApprenticeshipFacts facts) {
        if (facts.startDate().isBefore(APPLIES_FROM)) {
            return new Explained<>(FundingEligibility.ELIGIBLE, java.util.List.of());
        }
        if (facts.standard().level().isEmpty()) {
            return Explained.because(FundingEligibility.ELIGIBLE, "Level 7 age rule: the standard's level is not"
                    + " recorded, so the rule for level 7 apprenticeships could not be checked", Source.LEVEL_7_AGE);
        }
        int level = facts.standard().level().get();
        if (level != LEVEL) {
            return new Explained<>(FundingEligibility.ELIGIBLE, java.util.List.of());
        }
        int age = facts.ageAtStart();
        String aged = "Level 7 apprenticeship: aged " + age + " on " + Words.date(facts.ageReferenceDate())
                + (facts.originalStartDate().isPresent() ? ", the original start (this is a restart)" : ", the start");
        if (age <= OLDEST) {
            return Explained.because(FundingEligibility.ELIGIBLE, aged + ": 21 or under, so funded",
                    Source.LEVEL_7_AGE);
        }
        if (age > OLDEST_CARE_LEAVER_OR_EHC_PLAN) {
            return Explained.because(FundingEligibility.NOT_ELIGIBLE, aged + ": over 24, so not funded, care leaver"
                    + " or education, health and care plan or not", Source.LEVEL_7_AGE);
        }
        if (facts.ehcPlan()) {
            return Explained.because(FundingEligibility.ELIGIBLE, aged + ", with an education, health and care plan:"
                    + " funded up to 24", Source.LEVEL_7_AGE);
        }
        return facts.careLeaver().map(leftCare -> leftCare
                ? Explained.because(FundingEligibility.ELIGIBLE, aged + ", a care leaver: funded up to 24",
                        Source.LEVEL_7_AGE)
                : Explained.because(FundingEligibility.NOT_ELIGIBLE, aged + ", not a care leaver and without an"
                        + " education, health and care plan: over 21, so not funded", Source.LEVEL_7_AGE))
                .orElseGet(() -> Explained.because(FundingEligibility.NOT_KNOWN_YET, aged + ": over 21, so funded"
                        + " only for a care leaver or with an education, health and care plan; not known yet: answer"
                        + " the care-leaver question in the onboarding eligibility checks", Source.LEVEL_7_AGE));
    }
}
