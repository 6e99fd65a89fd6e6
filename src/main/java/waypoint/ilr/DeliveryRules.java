package waypoint.ilr;

import static waypoint.ilr.RuleSupport.*;

import java.time.LocalDate;
import java.util.Set;

/**
 * The official learning delivery rules about an apprenticeship's aims themselves: the aim, its dates, funding model,
 * programme and standard, off-the-job hours and end-point assessment organisation. How it ended is in
 * {@link CompletionRules}, its funding records and prices in {@link FundingRules} (docs/domain/ilr.md, "Checking a
 * return before upload").
 */
final class DeliveryRules {

    private DeliveryRules() {
    }

    static void define(IlrRuleSet rules) {
        aim(rules);
        dates(rules);
        fundingAndProgramme(rules);
        hoursAndAssessment(rules);
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
        rules.aim("StdCode_01", "StdCode", IlrFix.STANDARD,
                "The apprenticeship's standard code (its LARS code) is missing: an administrator records the "
                        + "standard's LARS code on its page in the standards catalogue", (l, a, f) -> apprenticeship(a) && a.stdCode() == null);
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
                        && count(a, "ADL") == 0);
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
                        .or(() -> f.reference.recordedAssessmentOrganisations())
                        .map(known -> !known.contains(a.epaOrgId())).orElse(false));
        rules.aim("EPAOrgID_02", "EPAOrgID", IlrFix.END_POINT_ASSESSMENT,
                "An end-point assessment price is recorded but no assessment organisation: choose the organisation on "
                        + "the apprenticeship", (l, a, f) -> a.epaOrgId() == null && assessmentPrice(a));
        rules.aim("EPAOrgID_03", "EPAOrgID", IlrFix.PRICES_AND_FUNDING,
                "An end-point assessment organisation is chosen but no assessment price is recorded: add the "
                        + "assessment price", (l, a, f) -> a.epaOrgId() != null && !assessmentPrice(a));
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
