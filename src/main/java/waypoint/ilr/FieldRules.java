package waypoint.ilr;

import static waypoint.ilr.RuleSupport.*;

/**
 * The official field definition rules: a field the file must carry is there, and each field has the length, range
 * and pattern the ILR specification gives it. A file read in has been checked against the schema already; a return
 * built from Waypoint's record is checked here before it is written (docs/domain/ilr.md, "Checking a return before
 * upload").
 */
final class FieldRules {

    private FieldRules() {
    }

    static void define(IlrRuleSet rules) {
        learner(rules);
        delivery(rules);
        employment(rules);
    }

    private static void learner(IlrRuleSet rules) {
        rules.learner("FD_LearnRefNumber_MA", "LearnRefNumber", IlrFix.LEARNER_DETAILS,
                "The learner has no learner reference number: every learner is given one when they are added",
                (l, f) -> blank(l.learnRefNumber()));
        rules.learner("FD_LearnRefNumber_AL", "LearnRefNumber", IlrFix.LEARNER_DETAILS,
                "The learner reference number is longer than 12 characters",
                (l, f) -> l.learnRefNumber() != null && l.learnRefNumber().length() > 12);
        rules.learner("FD_LearnRefNumber_AP", "LearnRefNumber", IlrFix.LEARNER_DETAILS,
                "The learner reference number has characters other than letters, digits and spaces",
                (l, f) -> l.learnRefNumber() != null && !l.learnRefNumber().isEmpty()
                        && !matches(LETTERS_DIGITS_SPACES, l.learnRefNumber()));
        rules.learner("FD_PrevLearnRefNumber_AP", "PrevLearnRefNumber", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's previous reference number is not 1 to 12 letters, digits or spaces",
                (l, f) -> l.prevLearnRefNumber() != null && !matches(LEARN_REF_NUMBER, l.prevLearnRefNumber()));
        rules.learner("FD_ULN_AR", "ULN", IlrFix.LEARNER_DETAILS,
                "The learner's ULN is not a 10-digit number: correct it on the learner's record",
                (l, f) -> l.uln() < 1000000000L || l.uln() > 9999999999L);
        rules.learner("FD_FamilyName_AL", "FamilyName", IlrFix.LEARNER_DETAILS,
                "The learner's family name is longer than 100 characters",
                (l, f) -> l.familyName() != null && l.familyName().length() > 100);
        rules.learner("FD_FamilyName_AP", "FamilyName", IlrFix.LEARNER_DETAILS,
                "The learner's family name has digits, tabs, line breaks, | or \": correct it on the learner's record",
                (l, f) -> l.familyName() != null && !l.familyName().isEmpty()
                        && !matches(NAME_CHARACTERS, l.familyName()));
        rules.learner("FD_GivenNames_AL", "GivenNames", IlrFix.LEARNER_DETAILS,
                "The learner's given names are longer than 100 characters",
                (l, f) -> l.givenNames() != null && l.givenNames().length() > 100);
        rules.learner("FD_GivenNames_AP", "GivenNames", IlrFix.LEARNER_DETAILS,
                "The learner's given names have digits, tabs, line breaks, | or \": correct them on the learner's "
                        + "record", (l, f) -> l.givenNames() != null && !l.givenNames().isEmpty()
                        && !matches(NAME_CHARACTERS, l.givenNames()));
        rules.learner("FD_Sex_MA", "Sex", IlrFix.LEARNER_DETAILS,
                "The learner's sex, as the ILR records it, is missing: ask the learner in their declarations",
                (l, f) -> blank(l.sex()));
        rules.learner("FD_Ethnicity_MA", "Ethnicity", IlrFix.LEARNER_DETAILS,
                "The learner's ethnic group is missing (prefer not to say is an answer): ask the learner in their "
                        + "declarations", (l, f) -> l.ethnicity() == null);
        rules.learner("FD_LLDDHealthProb_MA", "LLDDHealthProb", IlrFix.LEARNER_DETAILS,
                "Whether the learner has a learning difficulty, disability or health problem is missing: ask the "
                        + "learner in their declarations", (l, f) -> l.llddHealthProb() == null);
        rules.learner("FD_Postcode_MA", "Postcode", IlrFix.LEARNER_DETAILS,
                "The learner's postcode is missing: add it to the learner's record", (l, f) -> blank(l.postcode()));
        rules.learner("FD_Postcode_AL", "Postcode", IlrFix.LEARNER_DETAILS,
                "The learner's postcode is longer than 8 characters",
                (l, f) -> l.postcode() != null && l.postcode().length() > 8);
        rules.learner("FD_PostcodePrior_MA", "PostcodePrior", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's postcode before enrolment is missing: add it to the learner's ILR details",
                (l, f) -> blank(l.postcodePrior()));
        rules.learner("FD_PostcodePrior_AL", "PostcodePrior", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's postcode before enrolment is longer than 8 characters",
                (l, f) -> l.postcodePrior() != null && l.postcodePrior().length() > 8);
        rules.learner("FD_NINumber_AL", "NINumber", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's National Insurance number is longer than 9 characters",
                (l, f) -> l.niNumber() != null && l.niNumber().length() > 9);
        rules.learner("FD_TelNo_AP", "TelNo", IlrFix.LEARNER_DETAILS,
                "The learner's telephone number is not up to 18 digits (no spaces or +): correct it on the "
                        + "learner's record", (l, f) -> l.telNo() != null && !matches(TEL_NO, l.telNo()));
        rules.learner("FD_Email_AP", "Email", IlrFix.LEARNER_DETAILS,
                "The learner's email address has no @: correct it on the learner's record",
                (l, f) -> l.email() != null && !matches(EMAIL, l.email()));
        rules.learner("FD_Email_AL", "Email", IlrFix.LEARNER_DETAILS,
                "The learner's email address is longer than 100 characters",
                (l, f) -> l.email() != null && l.email().length() > 100);
        rules.learner("FD_AddLine1_AL", "AddLine1", IlrFix.LEARNER_DETAILS,
                "The first line of the learner's address is longer than 50 characters",
                (l, f) -> l.addLine1() != null && l.addLine1().length() > 50);
        rules.learner("FD_AddLine2_AP", "AddLine2", IlrFix.LEARNER_DETAILS,
                "The second line of the learner's address has characters the ILR does not allow",
                (l, f) -> l.addLine2() != null && !matches(ADDRESS_LINE, l.addLine2()));
        rules.learner("FD_AddLine3_AP", "AddLine3", IlrFix.LEARNER_DETAILS,
                "The third line of the learner's address has characters the ILR does not allow",
                (l, f) -> l.addLine3() != null && !matches(ADDRESS_LINE, l.addLine3()));
        rules.learner("FD_AddLine4_AP", "AddLine4", IlrFix.LEARNER_DETAILS,
                "The fourth line of the learner's address has characters the ILR does not allow",
                (l, f) -> l.addLine4() != null && !matches(ADDRESS_LINE, l.addLine4()));
        rules.learner("FD_CampId_AP", "CampId", IlrFix.PROVIDER_SETTINGS,
                "The campus identifier is not 1 to 8 letters or digits",
                (l, f) -> l.campId() != null && !matches(CAMP_ID, l.campId()));
        rules.learner("FD_PrevUKPRN_AR", "PrevUKPRN", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's previous provider's UKPRN is not an 8-digit number starting with 1",
                (l, f) -> l.prevUkprn() != null && (l.prevUkprn() < 10000000 || l.prevUkprn() > 99999999));
        rules.learner("FD_PMUKPRN_AR", "PMUKPRN", IlrFix.LEARNER_ILR_DETAILS,
                "The UKPRN of the provider the learner moved from is not an 8-digit number starting with 1",
                (l, f) -> l.pmUkprn() != null && (l.pmUkprn() < 10000000 || l.pmUkprn() > 99999999));
        rules.learner("FD_PlanLearnHours_AR", "PlanLearnHours", IlrFix.TRAINING_PLAN,
                "The planned learning hours are not between 0 and 9999",
                (l, f) -> l.planLearnHours() != null && (l.planLearnHours() < 0 || l.planLearnHours() > 9999));
        rules.learner("FD_ALSCost_AR", "ALSCost", IlrFix.PRICES_AND_FUNDING,
                "The learning support cost is not between 0 and 999999",
                (l, f) -> l.alsCost() != null && (l.alsCost() < 0 || l.alsCost() > 999999));
        rules.learner("FD_LearningDelivery_EO", "LearningDelivery", IlrFix.APPRENTICESHIP,
                "The learner has no aims: a learner in the return has at least one",
                (l, f) -> l.learningDeliveries().isEmpty());
        rules.learner("FD_LLDDandHealthProblem_EO", "LLDDandHealthProblem", IlrFix.LEARNER_ILR_DETAILS,
                "More than 22 kinds of learning difficulty, disability or health problem are recorded",
                (l, f) -> l.llddCategories().size() > 22);
        rules.learner("FD_LearnerFAM_EO", "LearnerFAM", IlrFix.LEARNER_ILR_DETAILS,
                "More than 17 learner funding and monitoring records are recorded",
                (l, f) -> l.learnerFams().size() > 17);
        rules.learner("FD_ProviderSpecLearnerMonitoring_EO", "ProviderSpecLearnerMonitoring", IlrFix.LEARNER_DETAILS,
                "More than 2 of the provider's own monitoring records are given for the learner",
                (l, f) -> l.providerMonitoring().size() > 2);
        rules.learner("FD_DateLevelApp_MA", "DateLevelApp", IlrFix.LEARNER_ILR_DETAILS,
                "A prior attainment has no date it applies from: add the date in the learner's ILR details",
                (l, f) -> l.priorAttainment().stream().anyMatch(p -> p.dateLevelApplies() == null));
    }

    private static void delivery(IlrRuleSet rules) {
        rules.aim("FD_LearnAimRef_MA", "LearnAimRef", IlrFix.APPRENTICESHIP,
                "The aim has no learning aim reference: a programme aim is ZPROG001", IlrFix.ENGLISH_AND_MATHS,
                "They study English or maths, but no qualification is chosen for it, so the aim has no learning aim"
                        + " reference: choose the qualification they study from those the provider delivers",
                (l, a, f) -> blank(a.learnAimRef()));
        rules.aim("FD_LearnAimRef_AL", "LearnAimRef", IlrFix.APPRENTICESHIP,
                "The learning aim reference is longer than 8 characters",
                (l, a, f) -> a.learnAimRef() != null && a.learnAimRef().length() > 8);
        rules.aim("FD_LearnAimRef_AP", "LearnAimRef", IlrFix.APPRENTICESHIP,
                "The learning aim reference has characters other than letters and digits",
                (l, a, f) -> a.learnAimRef() != null && !a.learnAimRef().isEmpty()
                        && !matches(LETTERS_DIGITS, a.learnAimRef()));
        rules.aim("FD_AimSeqNumber_AR", "AimSeqNumber", IlrFix.APPRENTICESHIP,
                "The aim's sequence number is not between 1 and 98",
                (l, a, f) -> a.aimSeqNumber() < 1 || a.aimSeqNumber() > 98);
        rules.aim("FD_LearnStartDate_MA", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "The aim has no start date: record the apprenticeship's start", (l, a, f) -> a.learnStartDate() == null);
        rules.aim("FD_LearnPlanEndDate_MA", "LearnPlanEndDate", IlrFix.APPRENTICESHIP,
                "The aim has no planned end date: record the apprenticeship's planned end",
                (l, a, f) -> a.learnPlanEndDate() == null);
        rules.aim("FD_PHours_AR", "PHours", IlrFix.TRAINING_PLAN,
                "The planned off-the-job hours are not between 0 and 9999",
                (l, a, f) -> a.plannedHours() != null && (a.plannedHours() < 0 || a.plannedHours() > 9999));
        rules.aim("FD_OTJActHours_AR", "OTJActHours", IlrFix.TRAINING_PLAN,
                "The actual off-the-job hours are not between 0 and 9999",
                (l, a, f) -> a.otjActualHours() != null && (a.otjActualHours() < 0 || a.otjActualHours() > 9999));
        rules.aim("FD_StdCode_AL", "StdCode", IlrFix.APPRENTICESHIP,
                "The standard code is longer than 5 digits", (l, a, f) -> a.stdCode() != null
                        && (a.stdCode() < 0 || a.stdCode() > 99999));
        rules.aim("FD_ProgType_AL", "ProgType", IlrFix.APPRENTICESHIP,
                "The programme type is longer than 2 digits", (l, a, f) -> a.progType() != null
                        && (a.progType() < 0 || a.progType() > 99));
        rules.aim("FD_PartnerUKPRN_AR", "PartnerUKPRN", IlrFix.APPRENTICESHIP,
                "The subcontractor's UKPRN is not an 8-digit number starting with 1",
                (l, a, f) -> a.partnerUkprn() != null && (a.partnerUkprn() < 10000000 || a.partnerUkprn() > 99999999));
        rules.aim("FD_DelLocPostCode_MA", "DelLocPostCode", IlrFix.APPRENTICESHIP,
                "The postcode where the apprenticeship is delivered is missing: add it to the apprenticeship",
                (l, a, f) -> blank(a.delLocPostcode()));
        rules.aim("FD_DelLocPostCode_AL", "DelLocPostCode", IlrFix.APPRENTICESHIP,
                "The postcode where the apprenticeship is delivered is longer than 8 characters",
                (l, a, f) -> a.delLocPostcode() != null && a.delLocPostcode().length() > 8);
        rules.aim("FD_LSDPostcode_AL", "LSDPostcode", IlrFix.APPRENTICESHIP,
                "The learner's postcode at the start of the aim is longer than 8 characters",
                (l, a, f) -> a.lsdPostcode() != null && a.lsdPostcode().length() > 8);
        rules.aim("FD_ConRefNumber_AL", "ConRefNumber", IlrFix.APPRENTICESHIP,
                "The contract reference is longer than 20 characters",
                (l, a, f) -> a.conRefNumber() != null && a.conRefNumber().length() > 20);
        // the longest id is the year's schema's: 7 characters in 2025-26, 8 from 2026-27 (docs/domain/ilr.md)
        rules.aim("FD_EPAOrgID_AL", "EPAOrgID", IlrFix.END_POINT_ASSESSMENT,
                "The end-point assessment organisation's id is longer than this year's file allows: it is written"
                        + " like EPA0001", (l, a, f) -> a.epaOrgId() != null
                        && a.epaOrgId().length() > f.epaOrgIdLength);
        rules.aim("FD_EPAOrgID_AP", "EPAOrgID", IlrFix.END_POINT_ASSESSMENT,
                "The end-point assessment organisation's id is not written like EPA0001: correct it on the "
                        + "organisation", (l, a, f) -> a.epaOrgId() != null
                        && a.epaOrgId().length() <= f.epaOrgIdLength && !matches(EPA_ORG_ID, a.epaOrgId()));
        rules.aim("FD_SWSupAimId_AL", "SWSupAimId", IlrFix.FILE,
                "The software's identifier for the aim is longer than 36 characters",
                (l, a, f) -> a.swSupAimId() != null && a.swSupAimId().length() > 36);
        rules.aim("FD_PriorLearnFundAdj_AR", "PriorLearnFundAdj", IlrFix.PRICES_AND_FUNDING,
                "The funding adjustment for prior learning is not a percentage between 0 and 99",
                (l, a, f) -> a.priorLearnFundAdj() != null && (a.priorLearnFundAdj() < 0 || a.priorLearnFundAdj() > 99));
        rules.aim("FD_OtherFundAdj_AR", "OtherFundAdj", IlrFix.PRICES_AND_FUNDING,
                "The other funding adjustment is not between 0 and 999",
                (l, a, f) -> a.otherFundAdj() != null && (a.otherFundAdj() < 0 || a.otherFundAdj() > 999));
        rules.aim("FD_LearnDelFAMType_MA", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "A funding and monitoring record of the aim has no type", (l, a, f) -> a.fams().stream()
                        .anyMatch(m -> blank(m.type())));
        rules.aim("FD_LearnDelFAMCode_MA", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "A funding and monitoring record of the aim has no code", (l, a, f) -> a.fams().stream()
                        .anyMatch(m -> blank(m.code())));
        rules.aim("FD_LearnDelFAMCode_AL", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "A funding and monitoring code of the aim is longer than 5 characters", (l, a, f) -> a.fams().stream()
                        .anyMatch(m -> m.code() != null && m.code().length() > 5));
        rules.aim("FD_AFinType_AP", "AFinType", IlrFix.PRICES_AND_FUNDING,
                "A price or payment record's type is not TNP (price) or PMR (payment)",
                (l, a, f) -> a.financialRecords().stream().anyMatch(r -> !r.type().equals("TNP")
                        && !r.type().equals("PMR")));
        rules.aim("FD_AFinAmount_AR", "AFinAmount", IlrFix.PRICES_AND_FUNDING,
                "A price or payment is not a whole number of pounds between 0 and 999,999: correct it",
                (l, a, f) -> a.financialRecords().stream().anyMatch(r -> r.amount() < 0 || r.amount() > 999999));
        rules.aim("FD_ProviderSpecDeliveryMonitoring_EO", "ProviderSpecDeliveryMonitoring", IlrFix.APPRENTICESHIP,
                "More than 4 of the provider's own monitoring records are given for the aim",
                (l, a, f) -> a.providerMonitoring().size() > 4);
    }

    private static void employment(IlrRuleSet rules) {
        rules.employment("FD_DateEmpStatApp_MA", "DateEmpStatApp", IlrFix.EMPLOYMENT_STATUS,
                "An employment status has no date it applies from: record it", (l, e, f) -> e.dateEmpStatApp() == null);
        rules.employment("FD_EmpId_AL", "EmpId", IlrFix.EMPLOYER,
                "The employer's reference number is longer than 9 digits: correct it on the employer's record",
                (l, e, f) -> e.empId() != null && (e.empId() < 0 || e.empId() > 999999999));
        rules.employment("FD_EmploymentStatusMonitoring_EO", "EmploymentStatusMonitoring", IlrFix.EMPLOYMENT_STATUS,
                "An employment status has more than 10 monitoring records",
                (l, e, f) -> e.monitoring().size() > 10);
        rules.employment("FD_ESMType_AP", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "An employment status has a monitoring type the ILR does not list",
                (l, e, f) -> e.monitoring().stream().anyMatch(m -> !java.util.Set.of("EII", "LOE", "LOU", "BSI", "PEI",
                        "SEI", "SEM", "OET").contains(m.type())));
    }
}
