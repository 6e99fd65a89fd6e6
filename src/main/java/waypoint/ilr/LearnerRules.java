package waypoint.ilr;

import static waypoint.ilr.RuleSupport.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The official learner rules: who the learner is (ULN, names, date of birth, National Insurance number, postcodes),
 * their equality and learning difficulty answers, prior attainment, and the ages and durations the funding rules set
 * for an apprenticeship (docs/domain/ilr.md, "Checking a return before upload").
 */
final class LearnerRules {

    private LearnerRules() {
    }

    static void define(IlrRuleSet rules) {
        identity(rules);
        dateOfBirth(rules);
        equality(rules);
        priorAttainment(rules);
        learnerFams(rules);
    }

    private static void identity(IlrRuleSet rules) {
        rules.learner("ULN_04", "ULN", IlrFix.LEARNER_DETAILS,
                "The learner's ULN is not a valid unique learner number (its last digit does not match): correct it on "
                        + "the learner's record", (l, f) -> !ulnPassesCheck(l.uln()));
        rules.learner("ULN_12", "ULN", IlrFix.LEARNER_DETAILS,
                "A levy-funded apprentice needs their real ULN, not the temporary 9999999999: add it to the learner's "
                        + "record", (l, f) -> l.uln() == TEMPORARY_ULN
                        && l.learningDeliveries().stream().anyMatch(RuleSupport::levy));
        rules.learner("ULN_07", "ULN", IlrFix.LEARNER_DETAILS,
                "The learner still has the temporary ULN 9999999999 more than 60 days after starting: add their real "
                        + "ULN to the learner's record", LearnerRules::temporaryUlnTooLong);
        rules.learner("FamilyName_01", "FamilyName", IlrFix.LEARNER_DETAILS,
                "The learner's family name is missing: add it to the learner's record",
                (l, f) -> blank(l.familyName()) && !allCommunityLearning(l));
        rules.learner("GivenNames_01", "GivenNames", IlrFix.LEARNER_DETAILS,
                "The learner's given name is missing: add it to the learner's record",
                (l, f) -> blank(l.givenNames()) && !allCommunityLearning(l));
        rules.learner("NINumber_01", "NINumber", IlrFix.LEARNER_DETAILS,
                "The learner's National Insurance number is not in the form of two letters, six digits and A, B, C or "
                        + "D: correct it on the learner's record",
                (l, f) -> l.niNumber() != null && !matches(NI_NUMBER, l.niNumber()));
        rules.learner("NINumber_02", "NINumber", IlrFix.LEARNER_DETAILS,
                "An apprentice needs their National Insurance number: add it to the learner's record",
                (l, f) -> blank(l.niNumber()) && l.learningDeliveries().stream().anyMatch(RuleSupport::levy));
        rules.learner("Postcode_15", "Postcode", IlrFix.LEARNER_DETAILS,
                "The learner's postcode is not a UK postcode in the usual form (such as B1 1AA): correct it on the "
                        + "learner's record", (l, f) -> l.postcode() != null && !matches(POSTCODE, l.postcode()));
        rules.learner("PostcodePrior_02", "PostcodePrior", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's postcode before enrolment is not a UK postcode in the usual form (such as B1 1AA): "
                        + "correct it in the learner's ILR details",
                (l, f) -> l.postcodePrior() != null && !matches(POSTCODE, l.postcodePrior()));
        rules.learner("AddLine1_03", "AddLine1", IlrFix.LEARNER_DETAILS,
                "The first line of the learner's address is missing: add it to the learner's record",
                (l, f) -> blank(l.addLine1()) && !(allCommunityLearning(l) && l.planLearnHours() != null
                        && l.planLearnHours() <= 10));
        rules.learner("Accom_01", "Accom", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's accommodation code is not one the ILR lists: correct it in the learner's ILR details",
                (l, f) -> l.accom() != null && !ACCOMMODATION.contains(l.accom()));
        rules.learner("PlanLearnHours_02", "PlanLearnHours", IlrFix.TRAINING_PLAN,
                "The learner's planned learning hours are zero: give the hours or leave them out",
                (l, f) -> l.planLearnHours() != null && l.planLearnHours() == 0);
        rules.learner("PlanLearnHours_05", "PlanLearnHours", IlrFix.TRAINING_PLAN,
                "The learner's planned learning hours and planned employability hours add up to more than 4,000: "
                        + "correct them", (l, f) -> plannedHours(l) > 4000);
    }

    private static void dateOfBirth(IlrRuleSet rules) {
        rules.learner("DateOfBirth_01", "DateOfBirth", IlrFix.LEARNER_DETAILS,
                "The learner's date of birth is missing, and an apprenticeship needs it: add it to the learner's record",
                (l, f) -> l.dateOfBirth() == null && l.learningDeliveries().stream()
                        .anyMatch(a -> Set.of(25, 82, 35, 36, 37, 38, 81).contains(a.fundModel())));
        rules.learner("DateOfBirth_24", "DateOfBirth", IlrFix.LEARNER_DETAILS,
                "The learner's date of birth is missing while their ULN is known: add it to the learner's record",
                (l, f) -> l.dateOfBirth() == null && l.uln() != TEMPORARY_ULN);
        rules.learner("DateOfBirth_04", "DateOfBirth", IlrFix.LEARNER_DETAILS,
                "The learner's date of birth makes them 115 or older: correct it on the learner's record",
                (l, f) -> age(l, f.yearStart).map(age -> age >= 115).orElse(false));
        rules.learner("DateOfBirth_27", "DateOfBirth", IlrFix.LEARNER_DETAILS,
                "The learner's date of birth is in this collection year or later: correct it on the learner's record",
                (l, f) -> l.dateOfBirth() != null && !l.dateOfBirth().isBefore(f.yearStart));
        rules.aim("DateOfBirth_48", "DateOfBirth", IlrFix.APPRENTICESHIP,
                "The apprenticeship starts before the learner has left school (the last Friday in June of the school "
                        + "year they turn 16): check the start date and the learner's date of birth",
                (l, a, f) -> apprenticeship(a) && onOrAfter(a.learnStartDate(), 2016, 8, 1) && l.dateOfBirth() != null
                        && !a.learnStartDate().isAfter(schoolLeavingDate(l.dateOfBirth())));
        rules.aim("DateOfBirth_46", "LearnPlanEndDate", IlrFix.APPRENTICESHIP,
                "The apprenticeship is planned to last less than a year (365 days), the minimum for starts before "
                        + "1 August 2025: check its planned end date",
                (l, a, f) -> minimumDuration(l, a, 2016, LocalDate.of(2025, 7, 31))
                        && days(a.learnStartDate(), a.learnPlanEndDate()) < 365);
        rules.aim("DateOfBirth_47", "LearnActEndDate", IlrFix.END_POINT_ASSESSMENT,
                "The apprenticeship was completed in less than a year (365 days), the minimum for starts before "
                        + "1 August 2025: check its actual end date",
                (l, a, f) -> minimumDuration(l, a, 2016, LocalDate.of(2025, 7, 31)) && a.compStatus() == 2
                        && a.learnActEndDate() != null && days(a.learnStartDate(), a.learnActEndDate()) < 365);
        rules.aim("DateOfBirth_57", "LearnPlanEndDate", IlrFix.APPRENTICESHIP,
                "The apprenticeship is planned to last less than 242 days (about 8 months), the minimum for starts "
                        + "from 1 August 2025: check its planned end date",
                (l, a, f) -> minimumDuration(l, a, 2025, null)
                        && days(a.learnStartDate(), a.learnPlanEndDate()) < 242);
        rules.aim("DateOfBirth_58", "LearnActEndDate", IlrFix.END_POINT_ASSESSMENT,
                "The apprenticeship was completed in less than 242 days (about 8 months), the minimum for starts from "
                        + "1 August 2025: check its actual end date",
                (l, a, f) -> minimumDuration(l, a, 2025, null) && a.compStatus() == 2 && a.learnActEndDate() != null
                        && days(a.learnStartDate(), a.learnActEndDate()) < 242);
    }

    private static void equality(IlrRuleSet rules) {
        rules.learner("Ethnicity_01", "Ethnicity", IlrFix.LEARNER_DETAILS,
                "The learner's ethnic group is not one the ILR lists: ask them again in their declarations",
                (l, f) -> l.ethnicity() != null && !ETHNICITY.contains(l.ethnicity()));
        rules.learner("Sex_01", "Sex", IlrFix.LEARNER_DETAILS,
                "The learner's sex is not female or male, the two the ILR records: correct it on the learner's record",
                (l, f) -> l.sex() != null && !SEX.contains(l.sex()));
        rules.learner("LLDDHealthProb_01", "LLDDHealthProb", IlrFix.LEARNER_DETAILS,
                "The answer about a learning difficulty, disability or health problem is not yes, no or not provided: "
                        + "ask the learner again in their declarations",
                (l, f) -> l.llddHealthProb() != null && !LLDD_HEALTH_PROB.contains(l.llddHealthProb()));
        rules.learner("LLDDHealthProb_04", "LLDDHealthProb", IlrFix.LEARNER_ILR_DETAILS,
                "The learner said they have no learning difficulty, disability or health problem, yet kinds of one "
                        + "are recorded: remove them from the learner's ILR details or correct the declaration",
                (l, f) -> l.llddHealthProb() != null && l.llddHealthProb() == 2 && !l.llddCategories().isEmpty());
        rules.learner("LLDDHealthProb_06", "LLDDandHealthProblem", IlrFix.LEARNER_ILR_DETAILS,
                "The learner said they have a learning difficulty, disability or health problem but no kind is "
                        + "recorded: add the kinds, and the main one, to the learner's ILR details",
                (l, f) -> l.llddHealthProb() != null && l.llddHealthProb() == 1 && l.llddCategories().isEmpty()
                        && l.learningDeliveries().stream().anyMatch(a -> a.fundModel() != 10 && a.fundModel() != 99)
                        && earliestStart(l).flatMap(start -> age(l, start)).map(age -> age < 25).orElse(true));
        rules.learner("LLDDCat_01", "LLDDCat", IlrFix.LEARNER_ILR_DETAILS,
                "A kind of learning difficulty, disability or health problem is not one the ILR lists: correct it in "
                        + "the learner's ILR details",
                (l, f) -> l.llddCategories().stream().anyMatch(c -> !LLDD_CATEGORY.contains(c.category())));
        rules.learner("PrimaryLLDD_01", "PrimaryLLDD", IlrFix.LEARNER_ILR_DETAILS,
                "None of the learner's kinds of learning difficulty, disability or health problem is marked as the "
                        + "main one: choose it in the learner's ILR details",
                (l, f) -> l.llddCategories().size() > 1 && onOrAfter(earliestStart(l).orElse(null), 2015, 8, 1)
                        && l.llddCategories().stream().noneMatch(IlrLearner.LlddCategory::primary));
        rules.learner("PrimaryLLDD_03", "PrimaryLLDD", IlrFix.LEARNER_ILR_DETAILS,
                "More than one kind of learning difficulty, disability or health problem is marked as the main one: "
                        + "keep one in the learner's ILR details",
                (l, f) -> l.llddCategories().stream().filter(IlrLearner.LlddCategory::primary).count() > 1);
        rules.learner("PrimaryLLDD_04", "PrimaryLLDD", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's only kind of learning difficulty, disability or health problem is not marked as the "
                        + "main one: mark it in the learner's ILR details",
                (l, f) -> l.llddCategories().size() == 1 && !l.llddCategories().get(0).primary());
    }

    private static void priorAttainment(IlrRuleSet rules) {
        rules.learner("PriorAttain_01", "PriorAttain", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's prior attainment is missing: add it to the learner's ILR details",
                (l, f) -> l.priorAttainment().isEmpty() && l.learningDeliveries().stream()
                        .anyMatch(a -> !Set.of(10, 11, 25, 82, 99).contains(a.fundModel())));
        rules.learner("PriorAttain_03", "PriorLevel", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's prior attainment is not a level the ILR lists: correct it in the learner's ILR details",
                (l, f) -> l.priorAttainment().stream().anyMatch(p -> !PRIOR_LEVEL.contains(p.priorLevel())));
        rules.learner("PriorAttain_09", "DateLevelApp", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's prior attainment is dated after the file was prepared: correct its date in the "
                        + "learner's ILR details",
                (l, f) -> f.preparationDate().map(prepared -> l.priorAttainment().stream()
                        .anyMatch(p -> after(p.dateLevelApplies(), prepared))).orElse(false));
        rules.learner("PriorAttain_10", "DateLevelApp", IlrFix.LEARNER_ILR_DETAILS,
                "The learner has two prior attainment records on the same date: keep one in the learner's ILR details",
                (l, f) -> {
                    Set<LocalDate> dates = new HashSet<>();
                    return l.priorAttainment().stream().map(IlrLearner.PriorAttainment::dateLevelApplies)
                            .anyMatch(d -> d != null && !dates.add(d));
                });
    }

    private static void learnerFams(IlrRuleSet rules) {
        rules.learner("LearnFAMType_09", "LearnFAMType", IlrFix.LEARNER_ILR_DETAILS,
                "A learner funding and monitoring record that is recorded once (such as an education, health and care "
                        + "plan) is recorded more than once: keep one", (l, f) -> Set.of("HNS", "EHC", "DLA", "SEN",
                        "MCF", "ECF", "FME", "MMH", "EMH").stream().anyMatch(type -> famCount(l, type) > 1));
        rules.learner("LearnFAMType_10", "LearnFAMType", IlrFix.LEARNER_ILR_DETAILS,
                "More than four learner support reasons (LSR) are recorded: keep the four that apply",
                (l, f) -> famCount(l, "LSR") > 4);
        rules.learner("LearnFAMType_11", "LearnFAMType", IlrFix.LEARNER_ILR_DETAILS,
                "More than two national learner monitoring (NLM) or eligibility (EDF) records are recorded: keep two",
                (l, f) -> famCount(l, "NLM") > 2 || famCount(l, "EDF") > 2);
        rules.learner("LearnFAMType_14", "LearnFAMType", IlrFix.LEARNER_ILR_DETAILS,
                "Special educational needs (SEN) and an education, health and care plan (EHC) are both recorded: "
                        + "record only the plan", (l, f) -> famCount(l, "SEN") > 0 && famCount(l, "EHC") > 0);
        rules.learner("ALSCost_02", "ALSCost", IlrFix.PRICES_AND_FUNDING,
                "A learning support cost is given but the learner is not recorded as a high needs student (HNS)",
                (l, f) -> l.alsCost() != null && famCount(l, "HNS") == 0);
    }

    private static long famCount(IlrLearner learner, String type) {
        return learner.learnerFams().stream().filter(m -> m.type().equals(type)).count();
    }

    /** Every aim funded as community learning: funding model 10, or 99 paid from the community learning budget. */
    static boolean allCommunityLearning(IlrLearner learner) {
        List<IlrLearningDelivery> aims = learner.learningDeliveries();
        return !aims.isEmpty() && aims.stream().allMatch(a -> a.fundModel() == 10
                || (a.fundModel() == 99 && hasFam(a, "SOF", "108")));
    }

    private static int plannedHours(IlrLearner learner) {
        return (learner.planLearnHours() == null ? 0 : learner.planLearnHours())
                + (learner.planEepHours() == null ? 0 : learner.planEepHours());
    }

    /** The minimum duration rules: an apprenticeship standard programme of a learner 16 or over, not a restart. */
    private static boolean minimumDuration(IlrLearner learner, IlrLearningDelivery aim, int fromYear,
                                           LocalDate startsUntil) {
        return standardProgramme(aim) && (aim.fundModel() == 36 || aim.fundModel() == 81) && !restart(aim)
                && onOrAfter(aim.learnStartDate(), fromYear, 8, 1)
                && (startsUntil == null || !aim.learnStartDate().isAfter(startsUntil))
                && aim.learnPlanEndDate() != null
                && age(learner, aim.learnStartDate()).map(age -> age >= 16).orElse(false);
    }

    /**
     * The temporary ULN kept too long: from 1 January of the collection year, a funded aim of 5 days or more that
     * started more than 60 days before the file was prepared (not a levy-funded apprenticeship, which ULN_12 covers).
     */
    private static boolean temporaryUlnTooLong(IlrLearner learner, IlrReturnFacts facts) {
        if (learner.uln() != TEMPORARY_ULN || facts.preparationDate().isEmpty()) {
            return false;
        }
        LocalDate prepared = facts.preparationDate().get();
        if (prepared.isBefore(LocalDate.of(facts.yearStart.getYear() + 1, 1, 1))) {
            return false;
        }
        return learner.learningDeliveries().stream().anyMatch(a ->
                Set.of(25, 82, 35, 37, 38, 36, 81).contains(a.fundModel()) && !levy(a) && !hasFam(a, "LDM", "034")
                        && a.learnStartDate() != null && a.learnPlanEndDate() != null
                        && days(a.learnStartDate(), a.learnActEndDate() != null ? a.learnActEndDate()
                        : a.learnPlanEndDate()) >= 5
                        && days(a.learnStartDate(), prepared) > 60);
    }
}
