package waypoint.ilr;

import static waypoint.ilr.RuleSupport.*;

import java.time.LocalDate;
import java.util.Set;

/**
 * The official learning delivery rules for an apprenticeship's aims: the aim itself, its dates, funding model,
 * programme and standard, off-the-job hours, end-point assessment organisation, how it ended (completion status,
 * outcome, withdrawal, achievement), restarts, funding and monitoring (FAM) records and prices (docs/domain/ilr.md,
 * "Checking a return before upload").
 */
final class DeliveryRules {

    private DeliveryRules() {
    }

    static void define(IlrRuleSet rules) {
        aim(rules);
        dates(rules);
        fundingAndProgramme(rules);
        hoursAndAssessment(rules);
        ending(rules);
        restarts(rules);
        fams(rules);
        prices(rules);
    }

    private static void aim(IlrRuleSet rules) {
        rules.aim("LearnAimRef_30", "LearnAimRef", IlrFix.APPRENTICESHIP,
                "The programme aim reference ZPROG001 is used on an aim that is not a programme aim: correct the aim type",
                (l, a, f) -> IlrLearningDelivery.PROGRAMME_AIM.equals(a.learnAimRef()) && a.aimType() != 1);
        rules.aim("AimType_01", "AimType", IlrFix.APPRENTICESHIP,
                "The aim type is not one the ILR lists (1 programme, 3 component, 4 not part of a programme, 5 core)",
                (l, a, f) -> !AIM_TYPE.contains(a.aimType()));
        rules.aim("AimType_05", "AimType", IlrFix.APPRENTICESHIP,
                "A core aim is only for 16 to 19 study programmes, not for an apprenticeship: correct the aim type",
                (l, a, f) -> a.aimType() == 5 && a.fundModel() != 25 && a.fundModel() != 82);
        rules.aim("AimSeqNumber_02", "AimSeqNumber", IlrFix.APPRENTICESHIP,
                "The aim's sequence number is higher than the number of the learner's aims: number the aims 1, 2, 3...",
                (l, a, f) -> a.aimSeqNumber() > l.learningDeliveries().size());
        rules.aim("PartnerUKPRN_02", "PartnerUKPRN", IlrFix.APPRENTICESHIP,
                "A subcontractor is given on the programme aim: a subcontractor is recorded on the aims it delivers",
                (l, a, f) -> a.aimType() == 1 && a.partnerUkprn() != null);
        rules.aim("PartnerUKPRN_03", "PartnerUKPRN", IlrFix.APPRENTICESHIP,
                "The subcontractor given for the aim is the provider itself: remove it",
                (l, a, f) -> a.partnerUkprn() != null && f.reference.ukprn().map(a.partnerUkprn()::equals)
                        .orElse(false));
        rules.aim("ConRefNumber_03", "ConRefNumber", IlrFix.APPRENTICESHIP,
                "A contract reference is given for an aim funded without one: remove it",
                (l, a, f) -> a.conRefNumber() != null && Set.of(10, 11, 25, 35, 38, 81, 82, 99).contains(a.fundModel()));
        rules.aim("SWSupAimId_01", "SWSupAimId", IlrFix.FILE,
                "The software's identifier for the aim is not a UUID",
                (l, a, f) -> a.swSupAimId() != null && !matches(UUID, a.swSupAimId()));
        rules.aim("DelLocPostCode_11", "DelLocPostCode", IlrFix.APPRENTICESHIP,
                "The postcode where the apprenticeship is delivered is not a UK postcode in the usual form (such as "
                        + "B1 1AA): correct it on the apprenticeship",
                (l, a, f) -> a.delLocPostcode() != null && !matches(POSTCODE, a.delLocPostcode())
                        && !hasFam(a, "LDM", "034"));
        rules.aim("LSDPostcode_03", "LSDPostcode", IlrFix.APPRENTICESHIP,
                "The learner's postcode at the start of the aim is not a UK postcode in the usual form (such as B1 1AA)",
                (l, a, f) -> a.lsdPostcode() != null && !matches(POSTCODE, a.lsdPostcode()));
    }

    private static void dates(IlrRuleSet rules) {
        rules.aim("LearnStartDate_02", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "The aim started more than 10 years before this collection year: check its start date",
                (l, a, f) -> before(a.learnStartDate(), f.yearStart.minusYears(10)));
        rules.aim("LearnStartDate_03", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "The aim starts after the end of this collection year: it belongs in a later year's return",
                (l, a, f) -> after(a.learnStartDate(), f.yearEnd) && a.fundModel() != 36 && a.fundModel() != 37
                        && !Integer.valueOf(31).equals(a.progType()));
        rules.aim("LearnStartDate_05", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "The aim starts on or before the learner's date of birth: check the start date and the date of birth",
                (l, a, f) -> l.dateOfBirth() != null && a.learnStartDate() != null
                        && !l.dateOfBirth().isBefore(a.learnStartDate()));
        rules.aim("LearnStartDate_12", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "The apprenticeship starts more than a year after the end of this collection year: check its start date",
                (l, a, f) -> apprenticeship(a) && after(a.learnStartDate(), f.yearEnd.plusYears(1)));
        rules.aim("LearnStartDate_13", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "The apprenticeship starts after its standard stopped being available: check the standard and the start "
                        + "date", (l, a, f) -> standardDate(a, f, LarsDate.EFFECTIVE_TO)
                        .map(to -> a.learnStartDate().isAfter(to)).orElse(false));
        rules.aim("LearnStartDate_17", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "The apprenticeship starts before its standard was available: check the standard and the start date",
                (l, a, f) -> standardDate(a, f, LarsDate.EFFECTIVE_FROM)
                        .map(from -> a.learnStartDate().isBefore(from)).orElse(false));
        rules.aim("LearnStartDate_18", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "The apprenticeship starts after the last date for new starts on its standard: check the standard",
                (l, a, f) -> onOrAfter(a.learnStartDate(), 2020, 8, 1) && standardDate(a, f, LarsDate.LAST_NEW_START)
                        .map(last -> a.learnStartDate().isAfter(last)).orElse(false));
        rules.aim("LearnPlanEndDate_02", "LearnPlanEndDate", IlrFix.APPRENTICESHIP,
                "The planned end date is before the start date: correct it on the apprenticeship",
                (l, a, f) -> before(a.learnPlanEndDate(), a.learnStartDate()));
        rules.aim("LearnPlanEndDate_03", "LearnPlanEndDate", IlrFix.APPRENTICESHIP,
                "The planned end date is 10 years or more after the start date: correct it on the apprenticeship",
                (l, a, f) -> a.learnStartDate() != null && a.learnPlanEndDate() != null
                        && !a.learnPlanEndDate().isBefore(a.learnStartDate().plusYears(10)));
        rules.aim("LearnActEndDate_01", "LearnActEndDate", IlrFix.APPRENTICESHIP,
                "The actual end date is before the start date: correct how the apprenticeship ended",
                (l, a, f) -> before(a.learnActEndDate(), a.learnStartDate()));
        rules.aim("LearnActEndDate_04", "LearnActEndDate", IlrFix.APPRENTICESHIP,
                "The actual end date is after the date the file was prepared: an end cannot be recorded in advance",
                (l, a, f) -> f.preparationDate().map(p -> after(a.learnActEndDate(), p)).orElse(false));
    }

    private static void fundingAndProgramme(IlrRuleSet rules) {
        rules.aim("FundModel_01", "FundModel", IlrFix.APPRENTICESHIP,
                "The funding model is not one the ILR lists", (l, a, f) -> !FUND_MODEL.contains(a.fundModel()));
        rules.aim("FundModel_04", "FundModel", IlrFix.APPRENTICESHIP,
                "An apprenticeship aim is funded as a 16 to 19 study programme: an apprenticeship is funding model 36",
                (l, a, f) -> apprenticeship(a) && (a.fundModel() == 25 || a.fundModel() == 82));
        rules.aim("FundModel_05", "FundModel", IlrFix.APPRENTICESHIP,
                "Apprenticeship funding (model 36) does not apply to starts before 1 May 2017: check the start date",
                (l, a, f) -> apprenticeshipFunded(a) && before(a.learnStartDate(), LocalDate.of(2017, 5, 1)));
        rules.aim("FundModel_06", "FundModel", IlrFix.APPRENTICESHIP,
                "An aim funded as an apprenticeship (model 36) is not part of an apprenticeship standard (programme "
                        + "type 25): correct the programme type", (l, a, f) -> apprenticeshipFunded(a)
                        && !apprenticeship(a));
        rules.aim("FundModel_07", "FundModel", IlrFix.APPRENTICESHIP,
                "An apprenticeship started on or after 1 May 2017 must be funded as an apprenticeship (model 36)",
                (l, a, f) -> standardProgramme(a) && onOrAfter(a.learnStartDate(), 2017, 5, 1)
                        && a.fundModel() != 36 && a.fundModel() != 99);
        rules.aim("FundModel_14", "OTJActHours", IlrFix.TRAINING_PLAN,
                "Actual off-the-job hours are given on an aim that is not funded as an apprenticeship: remove them",
                (l, a, f) -> a.otjActualHours() != null && !apprenticeshipFunded(a));
        rules.aim("ProgType_01", "ProgType", IlrFix.APPRENTICESHIP,
                "The programme type is missing on an aim that is part of a programme: an apprenticeship standard is 25",
                (l, a, f) -> (a.aimType() == 1 || a.aimType() == 3) && a.progType() == null);
        rules.aim("ProgType_02", "ProgType", IlrFix.APPRENTICESHIP,
                "A programme type is given on an aim that is not part of a programme: remove it",
                (l, a, f) -> a.aimType() == 4 && a.progType() != null);
        rules.aim("StdCode_01", "StdCode", IlrFix.APPRENTICESHIP,
                "The apprenticeship's standard code (its LARS code) is missing: choose the standard on the "
                        + "apprenticeship", (l, a, f) -> apprenticeship(a) && a.stdCode() == null);
        rules.aim("StdCode_02", "StdCode", IlrFix.APPRENTICESHIP,
                "The standard code is not a standard known to the provider: check the standard on the apprenticeship",
                (l, a, f) -> a.stdCode() != null && f.reference.standards()
                        .map(known -> !known.containsKey(a.stdCode())).orElse(false));
        rules.aim("StdCode_03", "StdCode", IlrFix.APPRENTICESHIP,
                "A standard code is given on an aim that is not part of an apprenticeship standard: remove it",
                (l, a, f) -> a.stdCode() != null && !apprenticeship(a));
        rules.aim("PriorLearnFundAdj_01", "PriorLearnFundAdj", IlrFix.PRICES_AND_FUNDING,
                "A funding adjustment for prior learning is given for an aim funded without one: remove it",
                (l, a, f) -> a.priorLearnFundAdj() != null && Set.of(25, 82, 10, 99).contains(a.fundModel())
                        && a.fams("ADL").isEmpty());
        rules.aim("OtherFundAdj_01", "OtherFundAdj", IlrFix.PRICES_AND_FUNDING,
                "Another funding adjustment is given for an aim funded without one: remove it",
                (l, a, f) -> a.otherFundAdj() != null && Set.of(10, 25, 82).contains(a.fundModel()));
    }

    private static void hoursAndAssessment(IlrRuleSet rules) {
        rules.aim("PHours_01", "PHours", IlrFix.TRAINING_PLAN,
                "The apprenticeship's planned off-the-job hours are missing: add them to the training plan",
                (l, a, f) -> fundedProgramme(a) && onOrAfter(a.learnStartDate(), 2019, 8, 1)
                        && a.plannedHours() == null);
        rules.aim("PHours_06", "PHours", IlrFix.TRAINING_PLAN,
                "The planned off-the-job hours are below 278, the minimum for starts from 1 August 2022 to 31 July "
                        + "2025: correct the training plan",
                (l, a, f) -> apprenticeshipFunded(a) && !restart(a) && a.plannedHours() != null
                        && a.plannedHours() < 278 && onOrAfter(a.learnStartDate(), 2022, 8, 1)
                        && a.learnStartDate().isBefore(LocalDate.of(2025, 8, 1)));
        rules.aim("PHours_08", "PHours", IlrFix.TRAINING_PLAN,
                "The planned off-the-job hours are below 187, the minimum for starts from 1 August 2025: correct the "
                        + "training plan", (l, a, f) -> apprenticeshipFunded(a) && !restart(a)
                        && a.plannedHours() != null && a.plannedHours() < 187
                        && onOrAfter(a.learnStartDate(), 2025, 8, 1));
        rules.aim("OTJActHours_01", "OTJActHours", IlrFix.TRAINING_PLAN,
                "Actual off-the-job hours are given on an aim other than the programme aim: they belong on the "
                        + "programme aim", (l, a, f) -> a.otjActualHours() != null && a.aimType() != 1);
        rules.aim("OTJActHours_02", "OTJActHours", IlrFix.TRAINING_PLAN,
                "The apprentice has completed but their actual off-the-job hours are missing: approve their "
                        + "off-the-job entries", (l, a, f) -> fundedProgramme(a) && a.compStatus() == 2
                        && a.otjActualHours() == null && onOrAfter(a.learnStartDate(), 2019, 8, 1) && !restart(a));
        rules.aim("OTJActHours_03", "OTJActHours", IlrFix.TRAINING_PLAN,
                "The apprentice has withdrawn but their actual off-the-job hours are missing: approve their "
                        + "off-the-job entries", (l, a, f) -> fundedProgramme(a) && a.compStatus() == 3
                        && a.otjActualHours() == null && onOrAfter(a.learnStartDate(), 2022, 8, 1));
        rules.aim("EPAOrgID_01", "EPAOrgID", IlrFix.END_POINT_ASSESSMENT,
                "The end-point assessment organisation is not one known to assess this standard: check the "
                        + "apprenticeship's assessment organisation",
                (l, a, f) -> a.epaOrgId() != null && a.stdCode() != null
                        && f.reference.assessmentOrganisations(a.stdCode())
                        .map(known -> !known.contains(a.epaOrgId())).orElse(false));
        rules.aim("EPAOrgID_02", "EPAOrgID", IlrFix.END_POINT_ASSESSMENT,
                "An end-point assessment price is recorded but no assessment organisation: choose the organisation on "
                        + "the apprenticeship", (l, a, f) -> a.epaOrgId() == null && assessmentPrice(a));
        rules.aim("EPAOrgID_03", "EPAOrgID", IlrFix.PRICES_AND_FUNDING,
                "An end-point assessment organisation is chosen but no assessment price is recorded: add the "
                        + "assessment price", (l, a, f) -> a.epaOrgId() != null && !assessmentPrice(a));
    }

    private static void ending(IlrRuleSet rules) {
        rules.aim("CompStatus_01", "CompStatus", IlrFix.APPRENTICESHIP,
                "The completion status is not one the ILR lists (1 continuing, 2 completed, 3 withdrawn, 6 on a break)",
                (l, a, f) -> !COMP_STATUS.contains(a.compStatus()));
        rules.aim("CompStatus_02", "CompStatus", IlrFix.APPRENTICESHIP,
                "The aim has an actual end date but is still shown as continuing: record how it ended",
                (l, a, f) -> a.learnActEndDate() != null && a.compStatus() == 1);
        rules.aim("CompStatus_03", "LearnActEndDate", IlrFix.APPRENTICESHIP,
                "The aim is shown as ended (completed, withdrawn or on a break) without an actual end date: record the "
                        + "date it ended", (l, a, f) -> a.learnActEndDate() == null && a.compStatus() != 1);
        rules.aim("CompStatus_04", "Outcome", IlrFix.END_POINT_ASSESSMENT,
                "The aim has ended but has no outcome: record the outcome",
                (l, a, f) -> a.outcome() == null && a.compStatus() != 1);
        rules.aim("CompStatus_05", "Outcome", IlrFix.END_POINT_ASSESSMENT,
                "The aim is continuing but already has an outcome: remove the outcome or record how it ended",
                (l, a, f) -> a.compStatus() == 1 && a.outcome() != null && !apprenticeship(a));
        rules.aim("CompStatus_06", "Outcome", IlrFix.END_POINT_ASSESSMENT,
                "A withdrawn apprentice, or one on a break, cannot have achieved or be awaiting their result: correct "
                        + "the outcome", (l, a, f) -> (a.compStatus() == 3 || a.compStatus() == 6)
                        && a.outcome() != null && (a.outcome() == 1 || a.outcome() == 8));
        rules.aim("CompStatus_07", "CompStatus", IlrFix.END_POINT_ASSESSMENT,
                "The apprenticeship has an achievement date but is not shown as completed: record the completion",
                (l, a, f) -> standardProgramme(a) && apprenticeshipFunded(a) && a.achDate() != null
                        && a.compStatus() != 2 && onOrAfter(a.learnActEndDate(), 2019, 8, 1));
        rules.aim("WithdrawReason_02", "WithdrawReason", IlrFix.APPRENTICESHIP,
                "The withdrawal reason is not one the ILR lists: choose it again on the apprenticeship",
                (l, a, f) -> a.withdrawReason() != null && !WITHDRAW_REASON.contains(a.withdrawReason()));
        rules.aim("WithdrawReason_03", "WithdrawReason", IlrFix.APPRENTICESHIP,
                "The learner has withdrawn but no reason is recorded: record why they withdrew",
                (l, a, f) -> a.compStatus() == 3 && a.withdrawReason() == null);
        rules.aim("WithdrawReason_04", "WithdrawReason", IlrFix.APPRENTICESHIP,
                "A withdrawal reason is recorded for a learner who has not withdrawn: remove it",
                (l, a, f) -> a.withdrawReason() != null && a.compStatus() != 3);
        rules.aim("WithdrawReason_05", "WithdrawReason", IlrFix.APPRENTICESHIP,
                "The withdrawal reason 'offender learner withdrawn' (28) is only for offenders in custody: choose "
                        + "another reason", (l, a, f) -> Integer.valueOf(28).equals(a.withdrawReason())
                        && !hasFam(a, "LDM", "034"));
        rules.aim("Outcome_01", "Outcome", IlrFix.END_POINT_ASSESSMENT,
                "The outcome is not one the ILR lists (1 achieved, 2 partial, 3 no achievement, 8 not yet known)",
                (l, a, f) -> a.outcome() != null && !OUTCOME.contains(a.outcome()));
        rules.aim("Outcome_04", "Outcome", IlrFix.END_POINT_ASSESSMENT,
                "The aim has an achievement date but its outcome is not 'achieved': correct the outcome",
                (l, a, f) -> a.achDate() != null && !Integer.valueOf(1).equals(a.outcome()));
        rules.aim("Outcome_05", "LearnActEndDate", IlrFix.END_POINT_ASSESSMENT,
                "The aim is achieved but has no actual end date: record the date learning ended",
                (l, a, f) -> Integer.valueOf(1).equals(a.outcome()) && a.learnActEndDate() == null);
        rules.aim("Outcome_09", "Outcome", IlrFix.END_POINT_ASSESSMENT,
                "The outcome 'not yet known' is only for an aim whose learning is completed: correct the outcome",
                (l, a, f) -> Integer.valueOf(8).equals(a.outcome()) && a.compStatus() != 2
                        && !(standardProgramme(a) && (a.fundModel() == 36 || a.fundModel() == 99)));
        rules.aim("Outcome_10", "Outcome", IlrFix.END_POINT_ASSESSMENT,
                "The aim is continuing but its outcome is 'no achievement': record how it ended or remove the outcome",
                (l, a, f) -> Integer.valueOf(3).equals(a.outcome()) && a.compStatus() == 1);
        rules.aim("Outcome_11", "LearnActEndDate", IlrFix.END_POINT_ASSESSMENT,
                "The aim has an outcome but no actual end date: record the date learning ended",
                (l, a, f) -> a.outcome() != null && a.learnActEndDate() == null);
        rules.aim("Outcome_12", "Outcome", IlrFix.END_POINT_ASSESSMENT,
                "The aim has an actual end date but no outcome: record the outcome",
                (l, a, f) -> a.learnActEndDate() != null && a.outcome() == null);
        rules.aim("OutGrade_04", "OutGrade", IlrFix.END_POINT_ASSESSMENT,
                "A grade is recorded while the outcome is not yet known: remove the grade until the result is known",
                (l, a, f) -> a.outGrade() != null && (a.outcome() == null || a.outcome() == 8));
        rules.aim("OutGrade_05", "OutGrade", IlrFix.END_POINT_ASSESSMENT,
                "The grade is a fail but the outcome is 'achieved': correct the grade or the outcome",
                (l, a, f) -> a.outGrade() != null && NO_ACHIEVEMENT_GRADES.contains(a.outGrade())
                        && Integer.valueOf(1).equals(a.outcome()));
        rules.aim("OutGrade_06", "OutGrade", IlrFix.END_POINT_ASSESSMENT,
                "The outcome is 'no achievement' but the grade is a pass: correct the grade or the outcome",
                (l, a, f) -> Integer.valueOf(3).equals(a.outcome()) && a.outGrade() != null
                        && !NO_ACHIEVEMENT_GRADES.contains(a.outGrade()));
        rules.aim("AchDate_02", "AchDate", IlrFix.END_POINT_ASSESSMENT,
                "The achievement date is after the end of this collection year: correct it",
                (l, a, f) -> after(a.achDate(), f.yearEnd));
        rules.aim("AchDate_03", "AchDate", IlrFix.END_POINT_ASSESSMENT,
                "The achievement date is before the start date: correct it",
                (l, a, f) -> before(a.achDate(), a.learnStartDate()) && !(a.fundModel() == 37));
        rules.aim("AchDate_04", "LearnActEndDate", IlrFix.END_POINT_ASSESSMENT,
                "The aim has an achievement date but no actual end date: record the date learning ended",
                (l, a, f) -> a.achDate() != null && a.learnActEndDate() == null && a.fundModel() != 37);
        rules.aim("AchDate_05", "AchDate", IlrFix.END_POINT_ASSESSMENT,
                "The achievement date is before the actual end date: correct it",
                (l, a, f) -> before(a.achDate(), a.learnActEndDate()) && a.fundModel() != 37);
        rules.aim("AchDate_07", "AchDate", IlrFix.END_POINT_ASSESSMENT,
                "The achievement date is after the date the file was prepared: an achievement cannot be recorded in "
                        + "advance", (l, a, f) -> f.preparationDate().map(p -> after(a.achDate(), p)).orElse(false));
        rules.aim("AchDate_09", "AchDate", IlrFix.END_POINT_ASSESSMENT,
                "An achievement date is only recorded on an apprenticeship's programme aim: remove it from this aim",
                (l, a, f) -> a.achDate() != null && after(a.learnStartDate(), LocalDate.of(2015, 7, 31))
                        && !(standardProgramme(a) && (a.fundModel() == 36 || a.fundModel() == 81))
                        && !(a.aimType() == 1 && a.fundModel() == 37));
        rules.aim("AchDate_11", "AchDate", IlrFix.END_POINT_ASSESSMENT,
                "The achievement date is less than 7 days after the actual end date: the end-point assessment comes "
                        + "after learning ends, so check both dates",
                (l, a, f) -> standardProgramme(a) && apprenticeshipFunded(a) && a.achDate() != null
                        && onOrAfter(a.learnActEndDate(), 2019, 8, 1)
                        && a.achDate().isBefore(a.learnActEndDate().plusDays(7)));
        rules.aim("AchDate_12", "AchDate", IlrFix.END_POINT_ASSESSMENT,
                "The apprenticeship is completed but has no achievement date: record the end-point assessment result",
                (l, a, f) -> standardProgramme(a) && apprenticeshipFunded(a) && a.compStatus() == 2
                        && a.achDate() == null && onOrAfter(a.learnActEndDate(), 2021, 8, 1)
                        && Integer.valueOf(1).equals(a.outcome()));
    }

    private static void restarts(IlrRuleSet rules) {
        rules.aim("OrigLearnStartDate_01", "OrigLearnStartDate", IlrFix.APPRENTICESHIP,
                "The original start date is more than 10 years before this start: check the restart's dates",
                (l, a, f) -> before(a.origLearnStartDate(), a.learnStartDate() == null ? null
                        : a.learnStartDate().minusYears(10)));
        rules.aim("OrigLearnStartDate_02", "OrigLearnStartDate", IlrFix.APPRENTICESHIP,
                "The original start date is not before this start: a restart's original start comes first",
                (l, a, f) -> a.origLearnStartDate() != null && a.learnStartDate() != null
                        && !a.origLearnStartDate().isBefore(a.learnStartDate()));
        rules.aim("OrigLearnStartDate_03", "OrigLearnStartDate", IlrFix.APPRENTICESHIP,
                "An original start date is given for an aim funded without restarts: remove it",
                (l, a, f) -> a.origLearnStartDate() != null && Set.of(25, 82, 10).contains(a.fundModel()));
        rules.aim("OrigLearnStartDate_04", "LearnDelFAMType", IlrFix.APPRENTICESHIP,
                "An original start date is given but the aim is not marked as a restart: record the return from the "
                        + "break as a restart", (l, a, f) -> a.origLearnStartDate() != null && !restart(a));
        rules.aim("OrigLearnStartDate_09", "OrigLearnStartDate", IlrFix.APPRENTICESHIP,
                "The original start of an apprenticeship (model 36) is before 1 May 2017: check the restart's dates",
                (l, a, f) -> apprenticeshipFunded(a) && before(a.origLearnStartDate(), LocalDate.of(2017, 5, 1)));
    }

    private static void fams(IlrRuleSet rules) {
        rules.aim("LearnDelFAMType_01", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "The source of funding (SOF) is missing on the aim: for an apprenticeship it is 105",
                (l, a, f) -> Set.of(25, 82, 35, 36, 37, 81, 10, 11, 38).contains(a.fundModel()) && a.fams("SOF").isEmpty());
        rules.aim("LearnDelFAMType_09", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "The source of funding of an apprenticeship must be the adult budget (SOF 105)",
                (l, a, f) -> Set.of(35, 38, 36, 81, 10, 11).contains(a.fundModel()) && !a.fams("SOF").isEmpty()
                        && !hasFam(a, "SOF", "105") && a.fams("SOF").stream().noneMatch(DeliveryRules::combinedAuthority));
        rules.aim("LearnDelFAMType_18", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "The aim has more than one record of a kind that is recorded once (such as the source of funding or "
                        + "the restart indicator): keep one", (l, a, f) -> Set.of("SOF", "FFI", "EEF", "RES", "ADL",
                        "ACL", "AFL", "ASL", "FLN").stream().anyMatch(type -> a.fams(type).size() > 1));
        rules.aim("LearnDelFAMType_31", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "The aim has more than six learning delivery monitoring (LDM) codes: keep the six that apply",
                (l, a, f) -> a.fams("LDM").size() > 6);
        rules.aim("LearnDelFAMType_63", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "A levy or non-levy funding record (ACT) is given on an aim that is not part of a funded "
                        + "apprenticeship: remove it", (l, a, f) -> !a.fams("ACT").isEmpty()
                        && !(apprenticeshipFunded(a) && (a.aimType() == 1 || a.aimType() == 3)));
        rules.aim("LearnDelFAMType_64", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship does not say whether it is levy or non-levy funded (ACT): record its funding",
                (l, a, f) -> fundedProgramme(a) && a.fams("ACT").isEmpty());
        rules.aim("LearnDelFAMType_92", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "Since 1 April 2021 new apprenticeships are funded through the apprenticeship service (ACT 1): a "
                        + "contract with the provider (ACT 2) is no longer recorded for a new start",
                (l, a, f) -> a.aimType() == 1 && onOrAfter(a.learnStartDate(), 2021, 4, 1) && hasFam(a, "ACT", "2")
                        && !restart(a));
        rules.aim("LearnDelFAMType_14", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "Enhanced apprenticeship funding (EEF) is recorded on an aim that is not a funded apprenticeship: "
                        + "remove it", (l, a, f) -> !a.fams("EEF").isEmpty()
                        && !(Set.of(35, 36, 81).contains(a.fundModel()) && apprenticeship(a)));
        rules.aim("LearnDelFAMType_68", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "'Apprenticeship delivered to own employees' (LDM 356) is only recorded on an apprenticeship's "
                        + "programme aim", (l, a, f) -> hasFam(a, "LDM", "356") && !fundedProgramme(a));
        rules.aim("LearnDelFAMType_35", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "An advanced learner loan (ADL) is recorded on an aim not financed by a loan: remove it",
                (l, a, f) -> !a.fams("ADL").isEmpty() && a.fundModel() != 99);
        rules.aim("LearnDelFAMType_38", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "An advanced learner loans bursary (ALB) is recorded on an aim not financed by a loan: remove it",
                (l, a, f) -> !a.fams("ALB").isEmpty() && a.fundModel() != 99);
        rules.aim("LearnDelFAMType_22", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "A full or co-funding indicator (FFI) is recorded on an apprenticeship: apprenticeships do not use it",
                (l, a, f) -> !a.fams("FFI").isEmpty() && !Set.of(35, 37, 38, 81, 11, 10).contains(a.fundModel()));
        rules.aim("LearnDelFAMType_50", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "Learning support funding (LSF) is recorded on an aim funded without it: remove it",
                (l, a, f) -> !a.fams("LSF").isEmpty() && Set.of(25, 82, 10, 99).contains(a.fundModel()));
        rules.aim("LearnDelFAMDateFrom_01", "LearnDelFAMDateFrom", IlrFix.PRICES_AND_FUNDING,
                "Learning support funding needs the dates it applies from and to: record both",
                (l, a, f) -> a.fams().stream().anyMatch(m -> (m.type().equals("LSF") || m.type().equals("ALB"))
                        && (m.dateFrom() == null || m.dateTo() == null)));
        rules.aim("LearnDelFAMDateFrom_02", "LearnDelFAMDateFrom", IlrFix.PRICES_AND_FUNDING,
                "A funding record applies from before the aim started: it applies from the start at the earliest",
                (l, a, f) -> Set.of(35, 36, 38, 81, 99).contains(a.fundModel())
                        && a.fams().stream().anyMatch(m -> before(m.dateFrom(), a.learnStartDate())));
        rules.aim("LearnDelFAMDateFrom_03", "LearnDelFAMDateFrom", IlrFix.PRICES_AND_FUNDING,
                "A date from is given on a monitoring record that has no dates: remove it",
                (l, a, f) -> a.fams().stream().anyMatch(m -> m.dateFrom() != null && !dated(m)));
        rules.aim("LearnDelFAMDateFrom_04", "LearnDelFAMDateFrom", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship's levy or non-levy funding (ACT) has no date it applies from: record it",
                (l, a, f) -> a.fams("ACT").stream().anyMatch(m -> m.dateFrom() == null));
        rules.aim("LearnDelFAMDateTo_01", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "A funding record ends before it begins: correct its dates",
                (l, a, f) -> a.fams().stream().anyMatch(m -> before(m.dateTo(), m.dateFrom())));
        rules.aim("LearnDelFAMDateTo_02", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "A funding record applies beyond the aim's planned end date: check its dates",
                (l, a, f) -> a.fams().stream().anyMatch(m -> after(m.dateTo(), a.learnPlanEndDate())
                        && !(m.type().equals("ACT") && a.aimType() == 1 && a.achDate() != null)));
        rules.aim("LearnDelFAMDateTo_03", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "A funding record applies beyond the date the aim actually ended: end it then",
                (l, a, f) -> Set.of(35, 36, 38, 81, 99).contains(a.fundModel()) && a.fams().stream()
                        .anyMatch(m -> !m.type().equals("ACT") && after(m.dateTo(), a.learnActEndDate())));
        rules.aim("LearnDelFAMDateTo_04", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "A date to is given on a monitoring record that has no dates: remove it",
                (l, a, f) -> a.fams().stream().anyMatch(m -> m.dateTo() != null && !m.type().equals("LSF")
                        && !m.type().equals("ACT") && !m.type().equals("ALB")));
        rules.aim("LearnDelFAMDateTo_05", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship's levy or non-levy funding (ACT) runs beyond its achievement date: end it on the "
                        + "achievement date", (l, a, f) -> apprenticeshipFunded(a) && a.fams("ACT").stream()
                        .anyMatch(m -> after(m.dateTo(), a.achDate())));
    }

    private static void prices(IlrRuleSet rules) {
        rules.aim("AFinType_02", "AFinCode", IlrFix.PRICES_AND_FUNDING,
                "A price or payment record has a code the ILR does not list (TNP 1 to 4, PMR 1 to 3)",
                (l, a, f) -> a.financialRecords().stream().anyMatch(r -> !validFinancialCode(r.type(), r.code())));
        rules.aim("AFinType_04", "AppFinRecord", IlrFix.PRICES_AND_FUNDING,
                "Prices or payments are recorded on an aim that is not an apprenticeship's programme aim: they belong "
                        + "on the programme aim", (l, a, f) -> !a.financialRecords().isEmpty() && !fundedProgramme(a)
                        && !(a.fundModel() == 81 && standardProgramme(a)));
        rules.aim("AFinType_07", "AppFinRecord", IlrFix.PRICES_AND_FUNDING,
                "An assessment payment is recorded but no assessment price: add the end-point assessment price",
                (l, a, f) -> standardProgramme(a) && !a.financialRecords("PMR", 2).isEmpty() && !assessmentPrice(a));
        rules.aim("AFinType_08", "AFinCode", IlrFix.PRICES_AND_FUNDING,
                "A residual price (TNP 3 or 4) is only for an apprenticeship funded as model 36",
                (l, a, f) -> a.fundModel() != 36 && (!a.financialRecords("TNP", 3).isEmpty()
                        || !a.financialRecords("TNP", 4).isEmpty()));
        rules.aim("AFinType_10", "AppFinRecord", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship has no end-point assessment price: add it to its prices",
                (l, a, f) -> standardProgramme(a) && !assessmentPrice(a));
        rules.aim("AFinType_12", "AppFinRecord", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship has no price: add its training and assessment prices",
                (l, a, f) -> fundedProgramme(a) && a.financialRecords().stream().noneMatch(r -> r.type().equals("TNP")));
        rules.aim("AFinType_13", "AFinDate", IlrFix.PRICES_AND_FUNDING,
                "No price applies from the apprenticeship's start date: date the first prices from the start",
                (l, a, f) -> fundedProgramme(a) && a.financialRecords().stream().anyMatch(r -> r.type().equals("TNP"))
                        && a.financialRecords().stream().noneMatch(r -> r.type().equals("TNP")
                        && r.date() != null && r.date().equals(a.learnStartDate())));
        rules.aim("AFinType_14", "AppFinRecord", IlrFix.PRICES_AND_FUNDING,
                "A training payment is recorded but no training price: add the training price",
                (l, a, f) -> a.aimType() == 1 && !a.financialRecords("PMR", 1).isEmpty()
                        && a.financialRecords("TNP", 1).isEmpty() && a.financialRecords("TNP", 3).isEmpty());
        rules.aim("AFinDate_07", "AFinDate", IlrFix.PRICES_AND_FUNDING,
                "A total and a residual training price are dated the same day: keep one of them",
                (l, a, f) -> a.financialRecords("TNP", 1).stream().anyMatch(t -> a.financialRecords("TNP", 3).stream()
                        .anyMatch(r -> r.date() != null && r.date().equals(t.date()))));
        rules.aim("AFinDate_08", "AFinDate", IlrFix.PRICES_AND_FUNDING,
                "A total and a residual assessment price are dated the same day: keep one of them",
                (l, a, f) -> a.financialRecords("TNP", 2).stream().anyMatch(t -> a.financialRecords("TNP", 4).stream()
                        .anyMatch(r -> r.date() != null && r.date().equals(t.date()))));
        rules.aim("AFinDate_09", "AFinDate", IlrFix.PRICES_AND_FUNDING,
                "A price or payment is dated more than a year before the apprenticeship started: check its date",
                (l, a, f) -> standardProgramme(a) && a.learnStartDate() != null && a.financialRecords().stream()
                        .anyMatch(r -> before(r.date(), a.learnStartDate().minusYears(1))));
        rules.aim("AFinDate_12", "AFinDate", IlrFix.PRICES_AND_FUNDING,
                "A price or payment is dated more than two years after the apprenticeship ended: check its date",
                (l, a, f) -> standardProgramme(a) && a.learnActEndDate() != null && a.financialRecords().stream()
                        .anyMatch(r -> after(r.date(), a.learnActEndDate().plusYears(2))));
        rules.aim("AFinDate_13", "AFinDate", IlrFix.PRICES_AND_FUNDING,
                "A price is dated after the apprenticeship was achieved, or after the apprentice withdrew: check its "
                        + "date", (l, a, f) -> apprenticeship(a) && a.financialRecords().stream()
                        .filter(r -> r.type().equals("TNP")).anyMatch(r -> after(r.date(), a.achDate())
                                || (a.compStatus() == 3 && after(r.date(), a.learnActEndDate()))));
        rules.aim("AFinDate_14", "AFinDate", IlrFix.PRICES_AND_FUNDING,
                "A payment is dated after the file was prepared: record payments once they are received",
                (l, a, f) -> f.preparationDate().map(p -> a.financialRecords().stream()
                        .anyMatch(r -> r.type().equals("PMR") && after(r.date(), p))).orElse(false));
    }

    private static boolean assessmentPrice(IlrLearningDelivery aim) {
        return !aim.financialRecords("TNP", 2).isEmpty() || !aim.financialRecords("TNP", 4).isEmpty();
    }

    /** The FAM types that carry dates: learning support, levy or non-levy funding, loans bursary, event indicator. */
    private static boolean dated(IlrLearningDelivery.DeliveryFam fam) {
        return Set.of("LSF", "ACT", "ALB", "EVI").contains(fam.type());
    }

    /** A source of funding from a combined authority (the rule book's DD35: SOF 110 to 120). */
    private static boolean combinedAuthority(IlrLearningDelivery.DeliveryFam sof) {
        return sof.code() != null && sof.code().matches("11[0-9]|120");
    }

    private enum LarsDate { EFFECTIVE_FROM, EFFECTIVE_TO, LAST_NEW_START }

    /** A date LARS gives the standard of an apprenticeship's programme aim (not for a restart), when known. */
    private static java.util.Optional<LocalDate> standardDate(IlrLearningDelivery aim, IlrReturnFacts facts,
                                                              LarsDate which) {
        if (!standardProgramme(aim) || restart(aim) || aim.stdCode() == null || aim.learnStartDate() == null) {
            return java.util.Optional.empty();
        }
        return facts.reference.standards().map(known -> known.get(aim.stdCode())).map(standard -> switch (which) {
            case EFFECTIVE_FROM -> standard.effectiveFrom();
            case EFFECTIVE_TO -> standard.effectiveTo();
            case LAST_NEW_START -> standard.lastDateForNewStarts();
        });
    }
}
