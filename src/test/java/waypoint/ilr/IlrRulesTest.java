package waypoint.ilr;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.ilr.IlrLearners.EPAO;
import static waypoint.ilr.IlrLearners.START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import waypoint.ilr.IlrLearners.Aim;
import waypoint.ilr.IlrLearners.Builder;
import waypoint.ilr.IlrLearners.Employment;
import waypoint.ilr.IlrLearner.ContactPreference;
import waypoint.ilr.IlrLearner.LearnerFam;
import waypoint.ilr.IlrLearner.LlddCategory;
import waypoint.ilr.IlrLearner.PriorAttainment;
import waypoint.ilr.IlrLearner.ProviderMonitoring;
import waypoint.ilr.IlrLearningDelivery.DeliveryFam;
import waypoint.ilr.IlrLearningDelivery.FinancialRecord;
import waypoint.ilr.IlrEmploymentStatus.Monitoring;

/**
 * Each official rule Waypoint checks, as a table keyed by the rule's name: a return that breaks it (the finding names
 * the rule) and one that passes (no finding of the rule), most of them starting from the valid apprentice of
 * {@link IlrLearners}. A rule without both cases fails the table's own test.
 */
class IlrRulesTest {

    static final long TEMPORARY_ULN = 9999999999L;
    static final LocalDate PREPARED_ON = IlrLearners.PREPARED_ON;

    /** A case: what a fresh validator finds for the return built by the case. */
    record Case(Function<IlrValidator, List<IlrFinding>> breaking, Function<IlrValidator, List<IlrFinding>> passing) {
    }

    static final Map<String, Case> RULES = new LinkedHashMap<>();

    static void rule(String name, Consumer<Builder> breaks, Consumer<Builder> passes) {
        if (RULES.put(name, new Case(v -> v.check(IlrLearners.apprentice().with(breaks).build()),
                v -> v.check(IlrLearners.apprentice().with(passes).build()))) != null) {
            throw new IllegalStateException(name + " is in the table twice");
        }
    }

    static void file(String name, Function<IlrValidator, List<IlrFinding>> breaks,
                     Function<IlrValidator, List<IlrFinding>> passes) {
        RULES.put(name, new Case(breaks, passes));
    }

    static final Consumer<Builder> VALID = b -> { };

    static Consumer<Builder> aim(Consumer<Aim> change) {
        return b -> b.programmeAim(change);
    }

    static Consumer<Builder> emp(Consumer<Employment> change) {
        return b -> b.employment(change);
    }

    /** Adds a component aim of the apprenticeship (aim type 3), without prices or assessment organisation. */
    static Consumer<Builder> component(Consumer<Aim> change) {
        return b -> b.addAim(a -> {
            a.learnAimRef = "60146060";
            a.aimType = 3;
            a.epaOrgId = null;
            a.plannedHours = null;
            a.financialRecords.clear();
            change.accept(a);
        });
    }

    /** An apprenticeship withdrawn on 1 December 2025, with a component aim changed as given. */
    static Consumer<Builder> withdrawnWithComponent(Consumer<Aim> change) {
        return aim(WITHDRAWN).andThen(component(change));
    }

    /** The aim continuing: no actual end, outcome or withdrawal reason, its funding open. */
    static Aim open(Aim aim) {
        aim.compStatus = 1;
        aim.learnActEndDate = null;
        aim.outcome = null;
        aim.withdrawReason = null;
        aim.otjActualHours = null;
        return aim.fams("ACT", new DeliveryFam("ACT", "1", aim.learnStartDate, null));
    }

    static Consumer<Aim> fam(String type, String code, LocalDate from, LocalDate to) {
        return a -> a.fams.add(new DeliveryFam(type, code, from, to));
    }

    static Consumer<Aim> price(String type, int code, LocalDate date, int amount) {
        return a -> a.financialRecords.add(new FinancialRecord(type, code, date, amount));
    }

    static final Consumer<Aim> EARLIER_START = a -> a.startedOn(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 9, 30));
    static final Consumer<Aim> COMPLETED = EARLIER_START.andThen(a -> a.completed(LocalDate.of(2025, 9, 30)));
    static final Consumer<Aim> WITHDRAWN = a -> a.withdrawn(LocalDate.of(2025, 12, 1));
    static final Consumer<Aim> NOT_AN_APPRENTICESHIP = a -> a.progType = 2;

    static Consumer<Builder> unemployed(int status) {
        return emp(e -> {
            e.empStat = status;
            e.empId = null;
            e.monitoring.clear();
            if (status == 11) {
                e.monitoring.add(new Monitoring("LOU", 1));
            }
        });
    }

    static String text(int length) {
        return "a".repeat(length);
    }

    static {
        learner();
        dateOfBirthAndEquality();
        delivery();
        ending();
        famsAndPrices();
        employment();
        crossRecord();
        fields();
        fileLevel();
    }

    static void learner() {
        rule("ULN_04", b -> b.uln = 1000000063L, b -> b.uln = 1234567899L);
        rule("ULN_12", b -> b.uln = TEMPORARY_ULN,
                b -> b.with(l -> l.uln = TEMPORARY_ULN).programmeAim(a -> a.fams("ACT", new DeliveryFam("ACT", "2", START, null))));
        rule("ULN_07", b -> b.with(l -> l.uln = TEMPORARY_ULN).programmeAim(a -> a.fams("ACT", new DeliveryFam("ACT", "2", START, null))),
                b -> b.with(l -> l.uln = TEMPORARY_ULN).programmeAim(a -> a.startedOn(LocalDate.of(2025, 12, 1),
                        LocalDate.of(2026, 12, 31)).fams("ACT", new DeliveryFam("ACT", "2", LocalDate.of(2025, 12, 1), null))));
        rule("FamilyName_01", b -> b.familyName = "  ", b -> b.familyName = "O'Neil");
        rule("GivenNames_01", b -> b.givenNames = null, b -> b.givenNames = "Mary Jane");
        rule("NINumber_01", b -> b.niNumber = "QQ123456C", b -> b.niNumber = "AB123456 ");
        rule("NINumber_02", b -> b.niNumber = null,
                b -> b.with(l -> l.niNumber = null).programmeAim(a -> a.fams("ACT", new DeliveryFam("ACT", "2", START, null))));
        rule("Postcode_15", b -> b.postcode = "B1 1CA", b -> b.postcode = "ZZ99 9ZZ");
        rule("PostcodePrior_02", b -> b.postcodePrior = "b1 1aa", b -> b.postcodePrior = "SW1A 1AA");
        rule("AddLine1_03", b -> b.addLine1 = null, b -> b.addLine1 = "Flat 2");
        rule("Accom_01", b -> b.accom = 3, b -> b.accom = 5);
        rule("PlanLearnHours_02", b -> b.planLearnHours = 0, b -> b.planLearnHours = 10);
        rule("PlanLearnHours_05", b -> { b.planLearnHours = 3000; b.planEepHours = 1500; },
                b -> { b.planLearnHours = 3000; b.planEepHours = 1000; });
        rule("LearnFAMType_09", b -> b.learnerFams.addAll(List.of(new LearnerFam("EHC", 1), new LearnerFam("EHC", 1))),
                b -> b.learnerFams.add(new LearnerFam("EHC", 1)));
        rule("LearnFAMType_10", b -> IntStream.range(0, 5).forEach(i -> b.learnerFams.add(new LearnerFam("LSR", 55 + i))),
                b -> IntStream.range(0, 4).forEach(i -> b.learnerFams.add(new LearnerFam("LSR", 55 + i))));
        rule("LearnFAMType_11", b -> IntStream.range(0, 3).forEach(i -> b.learnerFams.add(new LearnerFam("NLM", 17 + i))),
                b -> IntStream.range(0, 2).forEach(i -> b.learnerFams.add(new LearnerFam("NLM", 17 + i))));
        rule("LearnFAMType_14", b -> b.learnerFams.addAll(List.of(new LearnerFam("SEN", 1), new LearnerFam("EHC", 1))),
                b -> b.learnerFams.add(new LearnerFam("EHC", 1)));
        rule("ALSCost_02", b -> b.alsCost = 100,
                b -> { b.alsCost = 100; b.learnerFams.add(new LearnerFam("HNS", 1)); });
        rule("PriorAttain_01", b -> b.priorAttainment.clear(),
                b -> b.with(l -> l.priorAttainment.clear()).programmeAim(a -> a.fundModel = 99));
        rule("PriorAttain_03", b -> b.priorAttainment.set(0, new PriorAttainment(11, LocalDate.of(2024, 7, 1))),
                b -> b.priorAttainment.set(0, new PriorAttainment(10, LocalDate.of(2024, 7, 1))));
        rule("PriorAttain_09", b -> b.priorAttainment.set(0, new PriorAttainment(4, PREPARED_ON.plusDays(1))),
                b -> b.priorAttainment.set(0, new PriorAttainment(4, PREPARED_ON)));
        rule("PriorAttain_10", b -> b.priorAttainment.add(new PriorAttainment(3, LocalDate.of(2024, 7, 1))),
                b -> b.priorAttainment.add(new PriorAttainment(3, LocalDate.of(2024, 8, 1))));
    }

    static void dateOfBirthAndEquality() {
        rule("DateOfBirth_01", b -> b.dateOfBirth = null,
                b -> b.with(l -> l.dateOfBirth = null).programmeAim(a -> a.fundModel = 99));
        rule("DateOfBirth_24", b -> b.dateOfBirth = null, b -> { b.dateOfBirth = null; b.uln = TEMPORARY_ULN; });
        rule("DateOfBirth_04", b -> b.dateOfBirth = LocalDate.of(1910, 1, 1), b -> b.dateOfBirth = LocalDate.of(1911, 8, 2));
        rule("DateOfBirth_27", b -> b.dateOfBirth = LocalDate.of(2025, 8, 1), b -> b.dateOfBirth = LocalDate.of(2025, 7, 31));
        rule("DateOfBirth_48", b -> b.dateOfBirth = LocalDate.of(2009, 10, 1), b -> b.dateOfBirth = LocalDate.of(2009, 6, 1));
        rule("DateOfBirth_46", aim(a -> a.startedOn(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 8, 1))),
                aim(a -> a.startedOn(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 9, 2))));
        rule("DateOfBirth_47", aim(EARLIER_START.andThen(a -> a.completed(LocalDate.of(2025, 8, 1)))),
                aim(EARLIER_START.andThen(a -> a.completed(LocalDate.of(2025, 9, 2)))));
        rule("DateOfBirth_57", aim(a -> a.learnPlanEndDate = LocalDate.of(2026, 3, 20)),
                aim(a -> a.learnPlanEndDate = LocalDate.of(2026, 5, 1)));
        rule("DateOfBirth_58", aim(a -> a.completed(LocalDate.of(2026, 1, 2))),
                aim(a -> a.completed(LocalDate.of(2026, 5, 1))));
        rule("Ethnicity_01", b -> b.ethnicity = 30, b -> b.ethnicity = 99);
        rule("Sex_01", b -> b.sex = "X", b -> b.sex = "M");
        rule("LLDDHealthProb_01", b -> b.llddHealthProb = 3, b -> b.llddHealthProb = 9);
        rule("LLDDHealthProb_04", b -> b.llddCategories.add(new LlddCategory(4, true)),
                b -> { b.llddHealthProb = 1; b.llddCategories.add(new LlddCategory(4, true)); });
        rule("LLDDHealthProb_06", b -> b.llddHealthProb = 1,
                b -> { b.llddHealthProb = 1; b.dateOfBirth = LocalDate.of(1990, 1, 1); });
        rule("LLDDCat_01", b -> { b.llddHealthProb = 1; b.llddCategories.add(new LlddCategory(3, true)); },
                b -> { b.llddHealthProb = 1; b.llddCategories.add(new LlddCategory(14, true)); });
        rule("PrimaryLLDD_01", b -> { b.llddHealthProb = 1; b.llddCategories.addAll(List.of(new LlddCategory(4, false), new LlddCategory(5, false))); },
                b -> { b.llddHealthProb = 1; b.llddCategories.addAll(List.of(new LlddCategory(4, true), new LlddCategory(5, false))); });
        rule("PrimaryLLDD_03", b -> { b.llddHealthProb = 1; b.llddCategories.addAll(List.of(new LlddCategory(4, true), new LlddCategory(5, true))); },
                b -> { b.llddHealthProb = 1; b.llddCategories.addAll(List.of(new LlddCategory(4, true), new LlddCategory(5, false))); });
        rule("PrimaryLLDD_04", b -> { b.llddHealthProb = 1; b.llddCategories.add(new LlddCategory(4, false)); },
                b -> { b.llddHealthProb = 1; b.llddCategories.add(new LlddCategory(4, true)); });
    }

    static void delivery() {
        rule("LearnAimRef_30", b -> b.addAim(a -> { a.aimType = 3; a.epaOrgId = null; a.financialRecords.clear(); }),
                component(a -> { }));
        rule("AimType_01", aim(a -> a.aimType = 2), component(a -> { }));
        rule("AimType_05", aim(a -> a.aimType = 5), aim(a -> { a.aimType = 5; a.fundModel = 25; }));
        rule("AimSeqNumber_02", aim(a -> a.aimSeqNumber = 3), component(a -> { }));
        rule("PartnerUKPRN_02", aim(a -> a.partnerUkprn = 10000001), component(a -> a.partnerUkprn = 10000001));
        rule("PartnerUKPRN_03", component(a -> a.partnerUkprn = IlrLearners.UKPRN), component(a -> a.partnerUkprn = 10000001));
        rule("ConRefNumber_03", aim(a -> { a.fundModel = 99; a.conRefNumber = "ABC"; }), aim(a -> a.conRefNumber = "ABC"));
        rule("SWSupAimId_01", aim(a -> a.swSupAimId = "not-a-uuid"),
                aim(a -> a.swSupAimId = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        rule("DelLocPostCode_11", aim(a -> a.delLocPostcode = "B24QA"), aim(a -> a.delLocPostcode = "ZZ99 9ZZ"));
        rule("LSDPostcode_03", aim(a -> a.lsdPostcode = "12345"), aim(a -> a.lsdPostcode = "B1 1AA"));
        rule("LearnStartDate_02", aim(a -> a.startedOn(LocalDate.of(2015, 7, 31), LocalDate.of(2016, 9, 30))),
                aim(a -> a.startedOn(LocalDate.of(2015, 8, 1), LocalDate.of(2016, 9, 30))));
        rule("LearnStartDate_03", aim(a -> { a.fundModel = 99; a.startedOn(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 9, 30)); }),
                aim(a -> a.startedOn(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 9, 30))));
        rule("LearnStartDate_05", b -> b.dateOfBirth = START, b -> b.dateOfBirth = START.minusDays(1));
        rule("LearnStartDate_12", aim(a -> a.startedOn(LocalDate.of(2027, 8, 1), LocalDate.of(2028, 9, 30))),
                aim(a -> a.startedOn(LocalDate.of(2027, 7, 31), LocalDate.of(2028, 9, 30))));
        rule("LearnStartDate_13", aim(a -> a.stdCode = IlrLearners.CLOSED_STANDARD),
                aim(a -> a.stdCode = IlrLearners.CLOSED_STANDARD).andThen(
                        aim(a -> a.startedOn(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 9, 30)))));
        rule("LearnStartDate_17", aim(a -> a.stdCode = IlrLearners.NEW_STANDARD),
                aim(a -> { a.stdCode = IlrLearners.NEW_STANDARD; a.startedOn(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 30)); }));
        rule("LearnStartDate_18", aim(a -> { a.stdCode = IlrLearners.CLOSED_STANDARD; a.startedOn(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 9, 30)); }),
                aim(a -> { a.stdCode = IlrLearners.CLOSED_STANDARD; a.startedOn(LocalDate.of(2025, 3, 31), LocalDate.of(2026, 9, 30)); }));
        rule("LearnPlanEndDate_02", aim(a -> a.learnPlanEndDate = START.minusDays(1)), aim(a -> a.learnPlanEndDate = START));
        rule("LearnPlanEndDate_03", aim(a -> a.learnPlanEndDate = START.plusYears(10)),
                aim(a -> a.learnPlanEndDate = START.plusYears(10).minusDays(1)));
        rule("LearnActEndDate_01", aim(a -> a.withdrawn(START.minusDays(1))), aim(a -> a.withdrawn(START)));
        rule("LearnActEndDate_04", aim(a -> a.withdrawn(PREPARED_ON.plusDays(1))), aim(a -> a.withdrawn(PREPARED_ON)));
        rule("FundModel_01", aim(a -> a.fundModel = 70), aim(a -> a.fundModel = 99));
        rule("FundModel_04", aim(a -> a.fundModel = 25), aim(a -> a.fundModel = 99));
        rule("FundModel_05", aim(a -> a.startedOn(LocalDate.of(2017, 4, 30), LocalDate.of(2018, 9, 30))),
                aim(a -> a.startedOn(LocalDate.of(2017, 5, 1), LocalDate.of(2018, 9, 30))));
        rule("FundModel_06", aim(NOT_AN_APPRENTICESHIP), aim(a -> { a.progType = 2; a.fundModel = 99; }));
        rule("FundModel_07", aim(a -> a.fundModel = 81), aim(a -> a.fundModel = 99));
        rule("FundModel_14", aim(a -> { a.fundModel = 99; a.otjActualHours = 10; }), aim(a -> a.otjActualHours = 10));
        rule("ProgType_01", aim(a -> a.progType = null), component(a -> { }));
        rule("ProgType_02", component(a -> a.aimType = 4), component(a -> { a.aimType = 4; a.progType = null; a.stdCode = null; }));
        rule("StdCode_01", aim(a -> a.stdCode = null), VALID);
        rule("StdCode_02", aim(a -> a.stdCode = 999), VALID);
        rule("StdCode_03", aim(NOT_AN_APPRENTICESHIP), aim(a -> { a.progType = 2; a.stdCode = null; }));
        rule("PriorLearnFundAdj_01", aim(a -> { a.fundModel = 99; a.priorLearnFundAdj = 50; }), aim(a -> a.priorLearnFundAdj = 50));
        rule("OtherFundAdj_01", aim(a -> { a.fundModel = 25; a.otherFundAdj = 10; }), aim(a -> a.otherFundAdj = 10));
        rule("PHours_01", aim(a -> a.plannedHours = null),
                aim(a -> { a.plannedHours = null; a.startedOn(LocalDate.of(2019, 7, 31), LocalDate.of(2020, 9, 30)); }));
        rule("PHours_06", aim(EARLIER_START.andThen(a -> a.plannedHours = 277)), aim(EARLIER_START.andThen(a -> a.plannedHours = 278)));
        rule("PHours_08", aim(a -> a.plannedHours = 186), aim(a -> a.plannedHours = 187));
        rule("OTJActHours_01", component(a -> a.otjActualHours = 10), aim(a -> a.otjActualHours = 10));
        rule("OTJActHours_02", aim(COMPLETED.andThen(a -> a.otjActualHours = null)), aim(COMPLETED));
        rule("OTJActHours_03", aim(WITHDRAWN.andThen(a -> a.otjActualHours = null)), aim(WITHDRAWN));
        rule("EPAOrgID_01", aim(a -> a.epaOrgId = "EPA0999"), aim(a -> a.epaOrgId = EPAO));
        rule("EPAOrgID_02", aim(a -> a.epaOrgId = null),
                aim(a -> { a.epaOrgId = null; a.financialRecords.removeIf(r -> r.code() == 2); }));
        rule("EPAOrgID_03", aim(a -> a.financialRecords.removeIf(r -> r.code() == 2)), VALID);
    }

    static void ending() {
        rule("CompStatus_01", aim(a -> a.compStatus = 4), aim(WITHDRAWN));
        rule("CompStatus_02", aim(a -> a.learnActEndDate = LocalDate.of(2025, 12, 1)), aim(WITHDRAWN));
        rule("CompStatus_03", aim(a -> a.compStatus = 3), aim(WITHDRAWN));
        rule("CompStatus_04", aim(WITHDRAWN.andThen(a -> a.outcome = null)), aim(WITHDRAWN));
        rule("CompStatus_05", aim(NOT_AN_APPRENTICESHIP.andThen(a -> a.outcome = 8)), aim(a -> a.outcome = 8));
        rule("CompStatus_06", aim(WITHDRAWN.andThen(a -> a.outcome = 1)), aim(WITHDRAWN));
        rule("CompStatus_07", aim(COMPLETED.andThen(a -> a.compStatus = 6)), aim(COMPLETED));
        rule("WithdrawReason_02", aim(WITHDRAWN.andThen(a -> a.withdrawReason = 99)), aim(WITHDRAWN.andThen(a -> a.withdrawReason = 98)));
        rule("WithdrawReason_03", aim(WITHDRAWN.andThen(a -> a.withdrawReason = null)), aim(WITHDRAWN));
        rule("WithdrawReason_04", aim(a -> a.withdrawReason = 97), aim(WITHDRAWN));
        rule("WithdrawReason_05", aim(WITHDRAWN.andThen(a -> a.withdrawReason = 28)),
                aim(WITHDRAWN.andThen(a -> a.withdrawReason = 28).andThen(fam("LDM", "034", null, null))));
        rule("Outcome_01", aim(WITHDRAWN.andThen(a -> a.outcome = 4)), aim(WITHDRAWN.andThen(a -> a.outcome = 2)));
        rule("Outcome_04", aim(COMPLETED.andThen(a -> a.outcome = 8)), aim(COMPLETED));
        rule("Outcome_05", aim(a -> a.outcome = 1), aim(COMPLETED));
        rule("Outcome_09", aim(NOT_AN_APPRENTICESHIP.andThen(a -> a.outcome = 8)), aim(a -> a.outcome = 8));
        rule("Outcome_10", aim(a -> a.outcome = 3), aim(WITHDRAWN));
        rule("Outcome_11", aim(a -> a.outcome = 8), aim(COMPLETED));
        rule("Outcome_12", aim(WITHDRAWN.andThen(a -> a.outcome = null)), aim(WITHDRAWN));
        rule("OutGrade_04", aim(a -> a.outGrade = "PA"), aim(COMPLETED.andThen(a -> a.outGrade = "PA")));
        rule("OutGrade_05", aim(COMPLETED.andThen(a -> a.outGrade = "FL")), aim(COMPLETED.andThen(a -> a.outGrade = "DI")));
        rule("OutGrade_06", aim(WITHDRAWN.andThen(a -> a.outGrade = "PA")), aim(WITHDRAWN.andThen(a -> a.outGrade = "FL")));
        rule("AchDate_02", aim(COMPLETED.andThen(a -> a.achDate = LocalDate.of(2026, 8, 1))),
                aim(COMPLETED.andThen(a -> a.achDate = LocalDate.of(2026, 7, 31))));
        rule("AchDate_03", aim(COMPLETED.andThen(a -> a.achDate = a.learnStartDate.minusDays(1))),
                aim(COMPLETED.andThen(a -> a.achDate = a.learnStartDate)));
        rule("AchDate_04", aim(a -> a.achDate = LocalDate.of(2025, 12, 1)), aim(COMPLETED));
        rule("AchDate_05", aim(COMPLETED.andThen(a -> a.achDate = a.learnActEndDate.minusDays(1))),
                aim(COMPLETED.andThen(a -> a.achDate = a.learnActEndDate)));
        rule("AchDate_07", aim(a -> a.completed(PREPARED_ON.minusDays(5))), aim(a -> a.completed(PREPARED_ON.minusDays(7))));
        rule("AchDate_09", component(a -> { a.compStatus = 2; a.learnActEndDate = LocalDate.of(2025, 12, 1); a.outcome = 1; a.achDate = LocalDate.of(2025, 12, 8); }),
                aim(COMPLETED));
        rule("AchDate_11", aim(COMPLETED.andThen(a -> a.achDate = a.learnActEndDate.plusDays(6))),
                aim(COMPLETED.andThen(a -> a.achDate = a.learnActEndDate.plusDays(7))));
        rule("AchDate_12", aim(COMPLETED.andThen(a -> a.achDate = null)),
                aim(COMPLETED.andThen(a -> { a.achDate = null; a.outcome = 8; })));
        Consumer<Aim> restart = fam("RES", "1", null, null);
        rule("OrigLearnStartDate_01", aim(restart.andThen(a -> a.origLearnStartDate = START.minusYears(10).minusDays(1))),
                aim(restart.andThen(a -> a.origLearnStartDate = START.minusYears(10).plusDays(1))));
        rule("OrigLearnStartDate_02", aim(restart.andThen(a -> a.origLearnStartDate = START)),
                aim(restart.andThen(a -> a.origLearnStartDate = START.minusDays(1))));
        rule("OrigLearnStartDate_03", aim(restart.andThen(a -> { a.fundModel = 25; a.origLearnStartDate = START.minusYears(1); })),
                aim(restart.andThen(a -> a.origLearnStartDate = START.minusYears(1))));
        rule("OrigLearnStartDate_04", aim(a -> a.origLearnStartDate = START.minusYears(1)),
                aim(restart.andThen(a -> a.origLearnStartDate = START.minusYears(1))));
        rule("OrigLearnStartDate_09", aim(restart.andThen(a -> a.origLearnStartDate = LocalDate.of(2017, 4, 30))),
                aim(restart.andThen(a -> a.origLearnStartDate = LocalDate.of(2017, 5, 1))));
    }

    static void famsAndPrices() {
        rule("LearnDelFAMType_01", aim(a -> a.fams("SOF")), aim(a -> { a.fams("SOF"); a.fundModel = 99; }));
        rule("LearnDelFAMType_09", aim(a -> a.fams("SOF", new DeliveryFam("SOF", "107", null, null))),
                aim(a -> a.fams("SOF", new DeliveryFam("SOF", "110", null, null))));
        rule("LearnDelFAMType_18", aim(fam("RES", "1", null, null).andThen(fam("RES", "1", null, null))),
                aim(fam("RES", "1", null, null)));
        rule("LearnDelFAMType_31", aim(a -> IntStream.range(0, 7).forEach(i -> a.fams.add(new DeliveryFam("LDM", "35" + i, null, null)))),
                aim(a -> IntStream.range(0, 6).forEach(i -> a.fams.add(new DeliveryFam("LDM", "35" + i, null, null)))));
        rule("LearnDelFAMType_63", aim(a -> a.fundModel = 99), component(fam("ACT", "1", START, null)));
        rule("LearnDelFAMType_64", aim(a -> a.fams("ACT")), VALID);
        rule("LearnDelFAMType_92", aim(a -> a.fams("ACT", new DeliveryFam("ACT", "2", START, null))),
                aim(a -> a.startedOn(LocalDate.of(2021, 3, 31), LocalDate.of(2022, 9, 30))
                        .fams("ACT", new DeliveryFam("ACT", "2", LocalDate.of(2021, 3, 31), null))));
        rule("LearnDelFAMType_14", aim(NOT_AN_APPRENTICESHIP.andThen(fam("EEF", "2", null, null))), aim(fam("EEF", "2", null, null)));
        rule("LearnDelFAMType_68", component(fam("LDM", "356", null, null)), aim(fam("LDM", "356", null, null)));
        rule("LearnDelFAMType_35", aim(fam("ADL", "1", null, null)), aim(fam("ADL", "1", null, null).andThen(a -> a.fundModel = 99)));
        rule("LearnDelFAMType_38", aim(fam("ALB", "1", START, PREPARED_ON)),
                aim(fam("ALB", "1", START, PREPARED_ON).andThen(a -> a.fundModel = 99)));
        rule("LearnDelFAMType_22", aim(fam("FFI", "1", null, null)), aim(fam("FFI", "1", null, null).andThen(a -> a.fundModel = 35)));
        rule("LearnDelFAMType_50", aim(fam("LSF", "1", START, PREPARED_ON).andThen(a -> a.fundModel = 99)),
                aim(fam("LSF", "1", START, PREPARED_ON)));
        rule("LearnDelFAMDateFrom_01", aim(fam("LSF", "1", START, null)), aim(fam("LSF", "1", START, PREPARED_ON)));
        rule("LearnDelFAMDateFrom_02", aim(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START.minusDays(1), null))), VALID);
        rule("LearnDelFAMDateFrom_03", aim(a -> a.fams("SOF", new DeliveryFam("SOF", "105", START, null))),
                aim(fam("LSF", "1", START, PREPARED_ON)));
        rule("LearnDelFAMDateFrom_04", aim(a -> a.fams("ACT", new DeliveryFam("ACT", "1", null, null))), VALID);
        rule("LearnDelFAMDateTo_01", aim(fam("LSF", "1", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 9, 30))),
                aim(fam("LSF", "1", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 1))));
        rule("LearnDelFAMDateTo_02", aim(fam("LSF", "1", START, LocalDate.of(2026, 10, 1))),
                aim(fam("LSF", "1", START, LocalDate.of(2026, 9, 30))));
        rule("LearnDelFAMDateTo_03", aim(WITHDRAWN.andThen(fam("LSF", "1", START, LocalDate.of(2025, 12, 2)))),
                aim(WITHDRAWN.andThen(fam("LSF", "1", START, LocalDate.of(2025, 12, 1)))));
        rule("LearnDelFAMDateTo_04", aim(a -> a.fams("SOF", new DeliveryFam("SOF", "105", null, PREPARED_ON))),
                aim(fam("LSF", "1", START, PREPARED_ON)));
        rule("LearnDelFAMDateTo_05", aim(COMPLETED.andThen(a -> a.fams("ACT", new DeliveryFam("ACT", "1", a.learnStartDate, a.achDate.plusDays(1))))),
                aim(COMPLETED));
        rule("AFinType_02", aim(price("TNP", 5, START, 100)), aim(price("PMR", 3, START, 100)));
        rule("AFinType_04", component(price("TNP", 1, START, 100)), VALID);
        rule("AFinType_07", aim(a -> a.financialRecords.removeIf(r -> r.code() == 2)).andThen(aim(price("PMR", 2, PREPARED_ON, 100))),
                aim(price("PMR", 2, PREPARED_ON, 100)));
        rule("AFinType_08", aim(price("TNP", 3, LocalDate.of(2025, 12, 1), 5000).andThen(a -> a.fundModel = 81)),
                aim(price("TNP", 3, LocalDate.of(2025, 12, 1), 5000)));
        rule("AFinType_10", aim(a -> a.financialRecords.removeIf(r -> r.code() == 2)),
                aim(a -> a.financialRecords.replaceAll(r -> r.code() == 2 ? new FinancialRecord("TNP", 4, START, 1000) : r)));
        rule("AFinType_12", aim(a -> a.financialRecords.clear()), aim(a -> a.financialRecords.removeIf(r -> r.code() == 2)));
        rule("AFinType_13", aim(a -> a.financialRecords.replaceAll(r -> new FinancialRecord("TNP", r.code(), START.plusDays(1), r.amount()))),
                VALID);
        rule("AFinType_14", aim(a -> a.financialRecords.removeIf(r -> r.code() == 1)).andThen(aim(price("PMR", 1, PREPARED_ON, 100))),
                aim(price("PMR", 1, PREPARED_ON, 100)));
        rule("AFinDate_07", aim(price("TNP", 3, START, 5000)), aim(price("TNP", 3, LocalDate.of(2025, 12, 1), 5000)));
        rule("AFinDate_08", aim(price("TNP", 4, START, 500)), aim(price("TNP", 4, LocalDate.of(2025, 12, 1), 500)));
        rule("AFinDate_09", aim(price("PMR", 1, START.minusYears(1).minusDays(1), 100)), aim(price("PMR", 1, START.minusYears(1), 100)));
        rule("AFinDate_12", aim(WITHDRAWN.andThen(price("PMR", 1, LocalDate.of(2027, 12, 2), 100))),
                aim(WITHDRAWN.andThen(price("PMR", 1, LocalDate.of(2027, 12, 1), 100))));
        rule("AFinDate_13", aim(WITHDRAWN.andThen(price("TNP", 1, LocalDate.of(2025, 12, 2), 8000))),
                aim(WITHDRAWN.andThen(price("TNP", 1, LocalDate.of(2025, 12, 1), 8000))));
        rule("AFinDate_14", aim(price("PMR", 1, PREPARED_ON.plusDays(1), 100)), aim(price("PMR", 1, PREPARED_ON, 100)));
    }

    static void employment() {
        rule("EmpStat_05", emp(e -> e.empStat = 13), VALID);
        rule("DateEmpStatApp_01", b -> b.addEmployment(e -> e.dateEmpStatApp = LocalDate.of(2026, 8, 1)),
                b -> b.addEmployment(e -> { e.dateEmpStatApp = LocalDate.of(2026, 7, 31); e.empId = 999999999; }));
        rule("DateEmpStatApp_02", b -> b.addEmployment(e -> e.dateEmpStatApp = LocalDate.of(1990, 7, 31)),
                b -> b.addEmployment(e -> { e.dateEmpStatApp = LocalDate.of(1990, 8, 1); e.empId = 999999999; }));
        rule("EmpId_14", emp(e -> e.empStat = 11), unemployed(11));
        rule("ESMType_01", emp(e -> e.monitoring.set(0, new Monitoring("EII", 9))), emp(e -> e.monitoring.set(0, new Monitoring("EII", 5))));
        rule("ESMType_02", emp(e -> e.monitoring.remove(0)),
                emp(e -> { e.monitoring.remove(0); e.dateEmpStatApp = LocalDate.of(2012, 7, 31); }));
        rule("ESMType_05", emp(e -> e.monitoring.add(new Monitoring("LOU", 1))), unemployed(11));
        rule("ESMType_07", unemployed(11).andThen(emp(e -> e.monitoring.add(new Monitoring("SEI", 1)))),
                emp(e -> e.monitoring.add(new Monitoring("SEI", 1))));
        rule("ESMType_08", unemployed(11).andThen(emp(e -> e.monitoring.clear())), unemployed(11));
        rule("ESMType_10", unemployed(12).andThen(emp(e -> e.monitoring.add(new Monitoring("LOE", 4)))), unemployed(12));
        rule("ESMType_12", unemployed(12).andThen(emp(e -> e.monitoring.add(new Monitoring("EII", 8)))), unemployed(12));
        rule("ESMType_15", emp(e -> e.monitoring.add(new Monitoring("EII", 7))), VALID);
        rule("ESMType_16", unemployed(11).andThen(emp(e -> e.monitoring.add(new Monitoring("SEM", 1)))),
                emp(e -> e.monitoring.add(new Monitoring("SEM", 1))));
        rule("ESMType_20", emp(e -> e.monitoring.addAll(List.of(new Monitoring("OET", 1), new Monitoring("OET", 1)))),
                emp(e -> e.monitoring.addAll(List.of(new Monitoring("OET", 1), new Monitoring("OET", 2)))));
        rule("EmpStat_09", emp(e -> e.dateEmpStatApp = START.plusDays(1)), emp(e -> e.dateEmpStatApp = START));
        rule("EmpStat_15", unemployed(98), unemployed(98).andThen(aim(fam("LDM", "353", null, null))));
        rule("EmpStat_12", unemployed(11), VALID);
        rule("EmpId_10", emp(e -> e.empId = null), emp(e -> e.empId = 999999999));
        rule("ESMType_09", emp(e -> e.monitoring.remove(1)), VALID);
    }

    static void crossRecord() {
        rule("R_07", component(a -> a.aimSeqNumber = 1), component(a -> { }));
        rule("R_43", b -> b.addEmployment(e -> e.empId = 999999999), b -> b.addEmployment(e -> e.dateEmpStatApp = START));
        rule("R_45", b -> { b.llddHealthProb = 1; b.llddCategories.addAll(List.of(new LlddCategory(4, true), new LlddCategory(4, false))); },
                b -> { b.llddHealthProb = 1; b.llddCategories.addAll(List.of(new LlddCategory(4, true), new LlddCategory(5, false))); });
        rule("R_49", b -> b.contactPreferences.addAll(List.of(new ContactPreference("RUI", 1), new ContactPreference("RUI", 1))),
                b -> b.contactPreferences.addAll(List.of(new ContactPreference("RUI", 1), new ContactPreference("RUI", 2))));
        rule("R_51", b -> b.learnerFams.addAll(List.of(new LearnerFam("LSR", 36), new LearnerFam("LSR", 36))),
                b -> b.learnerFams.addAll(List.of(new LearnerFam("LSR", 36), new LearnerFam("LSR", 55))));
        rule("R_52", aim(fam("LDM", "356", null, null).andThen(fam("LDM", "356", null, null))),
                aim(fam("LDM", "356", null, null).andThen(fam("LDM", "357", null, null))));
        rule("R_50", aim(a -> a.providerMonitoring.addAll(List.of(new ProviderMonitoring("A", "x"), new ProviderMonitoring("A", "y")))),
                aim(a -> a.providerMonitoring.addAll(List.of(new ProviderMonitoring("A", "x"), new ProviderMonitoring("B", "y")))));
        rule("R_68", aim(price("TNP", 1, START, 9000)), aim(price("TNP", 1, LocalDate.of(2025, 12, 1), 9500)));
        rule("R_97", b -> b.addEmployment(e -> e.dateEmpStatApp = LocalDate.of(2025, 1, 1)),
                b -> b.addEmployment(e -> { e.dateEmpStatApp = LocalDate.of(2025, 1, 1); e.empId = 999999999; }));
        rule("R_101", aim(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START, null), new DeliveryFam("ACT", "1", LocalDate.of(2025, 12, 1), null))),
                aim(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START, LocalDate.of(2025, 11, 30)), new DeliveryFam("ACT", "1", LocalDate.of(2025, 12, 1), null))));
        rule("R_102", aim(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START.plusDays(1), null))), VALID);
        rule("R_104", aim(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START, LocalDate.of(2025, 11, 30)), new DeliveryFam("ACT", "1", LocalDate.of(2025, 12, 5), null))),
                aim(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START, LocalDate.of(2025, 11, 30)), new DeliveryFam("ACT", "1", LocalDate.of(2025, 12, 1), null))));
        rule("R_105", component(a -> a.fams("ACT", new DeliveryFam("ACT", "2", START, null))), component(a -> { }));
        rule("R_110", unemployed(11), unemployed(11).andThen(emp(e -> e.monitoring.add(new Monitoring("OET", 1)))));
        rule("R_121", aim(COMPLETED.andThen(a -> a.fams("ACT", new DeliveryFam("ACT", "1", a.learnStartDate, a.achDate.minusDays(1))))), aim(COMPLETED));
        rule("R_122", aim(WITHDRAWN.andThen(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START, null)))), aim(WITHDRAWN));
        rule("R_123", aim(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START, a.learnPlanEndDate))),
                component(a -> a.fams("ACT", new DeliveryFam("ACT", "1", START, a.learnPlanEndDate))));
        rule("R_61", aim(fam("LSF", "1", START, LocalDate.of(2025, 12, 31)).andThen(fam("LSF", "1", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31)))),
                aim(fam("LSF", "1", START, LocalDate.of(2025, 12, 31)).andThen(fam("LSF", "1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))));
        rule("R_119", aim(price("PMR", 1, START.minusDays(1), 100)), aim(price("PMR", 1, START, 100)));
        rule("R_124", b -> b.addAim(a -> { }), b -> b.programmeAim(WITHDRAWN).with(l -> {
            Aim next = new Aim();
            next.aimSeqNumber = 2;
            next.startedOn(LocalDate.of(2025, 12, 2), LocalDate.of(2026, 12, 31));
            l.aims.add(next);
        }));
        rule("R_89", withdrawnWithComponent(c -> c.withdrawn(LocalDate.of(2026, 1, 5))),
                withdrawnWithComponent(c -> c.withdrawn(LocalDate.of(2026, 1, 5)).learnAimRef = IlrLearners.MATHS_AIM));
        rule("R_90", withdrawnWithComponent(IlrRulesTest::open),
                withdrawnWithComponent(c -> open(c).learnAimRef = IlrLearners.MATHS_AIM));
        rule("R_30", component(a -> a.stdCode = IlrLearners.CLOSED_STANDARD), component(a -> { }));
        rule("R_131", b -> b.priorAttainment.set(0, new PriorAttainment(4, START.plusDays(1))),
                b -> b.priorAttainment.set(0, new PriorAttainment(4, START)));
    }

    static void fields() {
        rule("FD_LearnRefNumber_MA", b -> b.learnRefNumber = null, b -> b.learnRefNumber = "1");
        rule("FD_LearnRefNumber_AL", b -> b.learnRefNumber = "WP00000000001", b -> b.learnRefNumber = "WP0000000001");
        rule("FD_LearnRefNumber_AP", b -> b.learnRefNumber = "WP-1", b -> b.learnRefNumber = "WP 1");
        rule("FD_PrevLearnRefNumber_AP", b -> b.prevLearnRefNumber = "OLD-1", b -> b.prevLearnRefNumber = "OLD1");
        rule("FD_ULN_AR", b -> b.uln = 999999999L, VALID);
        rule("FD_FamilyName_AL", b -> b.familyName = text(101), b -> b.familyName = text(100));
        rule("FD_FamilyName_AP", b -> b.familyName = "Smith2", b -> b.familyName = "Smith-Jones");
        rule("FD_GivenNames_AL", b -> b.givenNames = text(101), b -> b.givenNames = text(100));
        rule("FD_GivenNames_AP", b -> b.givenNames = "Ada|Grace", b -> b.givenNames = "Ada Grace");
        rule("FD_Sex_MA", b -> b.sex = null, b -> b.sex = "M");
        rule("FD_Ethnicity_MA", b -> b.ethnicity = null, b -> b.ethnicity = 99);
        rule("FD_LLDDHealthProb_MA", b -> b.llddHealthProb = null, b -> b.llddHealthProb = 9);
        rule("FD_Postcode_MA", b -> b.postcode = null, VALID);
        rule("FD_Postcode_AL", b -> b.postcode = "B1 1AAAAA", b -> b.postcode = "SW1A 1AA");
        rule("FD_PostcodePrior_MA", b -> b.postcodePrior = " ", VALID);
        rule("FD_PostcodePrior_AL", b -> b.postcodePrior = "B1 1AAAAA", b -> b.postcodePrior = "SW1A 1AA");
        rule("FD_NINumber_AL", b -> b.niNumber = "AB123456CD", VALID);
        rule("FD_TelNo_AP", b -> b.telNo = "0121 000", b -> b.telNo = "0121000");
        rule("FD_Email_AP", b -> b.email = "ada.example.org", VALID);
        rule("FD_Email_AL", b -> b.email = "a@" + text(99), b -> b.email = "a@" + text(98));
        rule("FD_AddLine1_AL", b -> b.addLine1 = text(51), b -> b.addLine1 = text(50));
        rule("FD_AddLine2_AP", b -> b.addLine2 = "Flat #2", b -> b.addLine2 = "Flat 2");
        rule("FD_AddLine3_AP", b -> b.addLine3 = "Birmingham?", b -> b.addLine3 = "Birmingham.");
        rule("FD_AddLine4_AP", b -> b.addLine4 = "West Midlands%", b -> b.addLine4 = "West Midlands");
        rule("FD_CampId_AP", b -> b.campId = "CAMP-1", b -> b.campId = "CAMP1");
        rule("FD_PrevUKPRN_AR", b -> b.prevUkprn = 9999999, b -> b.prevUkprn = 10000000);
        rule("FD_PMUKPRN_AR", b -> b.pmUkprn = 100000000, b -> b.pmUkprn = 99999999);
        rule("FD_PlanLearnHours_AR", b -> b.planLearnHours = 10000, b -> b.planLearnHours = 9999);
        rule("FD_ALSCost_AR", b -> b.alsCost = 1000000, b -> b.alsCost = 999999);
        rule("FD_LearningDelivery_EO", b -> b.aims.clear(), VALID);
        rule("FD_LLDDandHealthProblem_EO", b -> IntStream.range(0, 23).forEach(i -> b.llddCategories.add(new LlddCategory(4, false))),
                b -> IntStream.range(0, 22).forEach(i -> b.llddCategories.add(new LlddCategory(4, false))));
        rule("FD_LearnerFAM_EO", b -> IntStream.range(0, 18).forEach(i -> b.learnerFams.add(new LearnerFam("LSR", i))),
                b -> IntStream.range(0, 17).forEach(i -> b.learnerFams.add(new LearnerFam("LSR", i))));
        rule("FD_ProviderSpecLearnerMonitoring_EO", b -> IntStream.range(0, 3).forEach(i -> b.providerMonitoring.add(new ProviderMonitoring("A", "x"))),
                b -> IntStream.range(0, 2).forEach(i -> b.providerMonitoring.add(new ProviderMonitoring("A", "x"))));
        rule("FD_DateLevelApp_MA", b -> b.priorAttainment.set(0, new PriorAttainment(4, null)), VALID);
        rule("FD_LearnAimRef_MA", aim(a -> a.learnAimRef = null), VALID);
        rule("FD_LearnAimRef_AL", aim(a -> a.learnAimRef = "ZPROG0001"), VALID);
        rule("FD_LearnAimRef_AP", aim(a -> a.learnAimRef = "ZPROG-01"), VALID);
        rule("FD_AimSeqNumber_AR", aim(a -> a.aimSeqNumber = 99), aim(a -> a.aimSeqNumber = 98));
        rule("FD_LearnStartDate_MA", aim(a -> a.learnStartDate = null), VALID);
        rule("FD_LearnPlanEndDate_MA", aim(a -> a.learnPlanEndDate = null), VALID);
        rule("FD_PHours_AR", aim(a -> a.plannedHours = 10000), aim(a -> a.plannedHours = 9999));
        rule("FD_OTJActHours_AR", aim(a -> a.otjActualHours = -1), aim(a -> a.otjActualHours = 0));
        rule("FD_StdCode_AL", aim(a -> a.stdCode = 100000), aim(a -> a.stdCode = 99999));
        rule("FD_ProgType_AL", aim(a -> a.progType = 100), VALID);
        rule("FD_PartnerUKPRN_AR", component(a -> a.partnerUkprn = 123), component(a -> a.partnerUkprn = 10000001));
        rule("FD_DelLocPostCode_MA", aim(a -> a.delLocPostcode = null), VALID);
        rule("FD_DelLocPostCode_AL", aim(a -> a.delLocPostcode = "B2 4QAAAA"), VALID);
        rule("FD_LSDPostcode_AL", aim(a -> a.lsdPostcode = "B1 1AAAAA"), aim(a -> a.lsdPostcode = "B1 1AA"));
        rule("FD_ConRefNumber_AL", aim(a -> a.conRefNumber = text(21)), aim(a -> a.conRefNumber = text(20)));
        rule("FD_EPAOrgID_AL", aim(a -> a.epaOrgId = "EPA00421"), VALID);
        rule("FD_EPAOrgID_AP", aim(a -> a.epaOrgId = "EPA042X"), VALID);
        rule("FD_SWSupAimId_AL", aim(a -> a.swSupAimId = text(37)), aim(a -> a.swSupAimId = text(36)));
        rule("FD_PriorLearnFundAdj_AR", aim(a -> a.priorLearnFundAdj = 100), aim(a -> a.priorLearnFundAdj = 99));
        rule("FD_OtherFundAdj_AR", aim(a -> a.otherFundAdj = 1000), aim(a -> a.otherFundAdj = 999));
        rule("FD_LearnDelFAMType_MA", aim(fam("", "1", null, null)), VALID);
        rule("FD_LearnDelFAMCode_MA", aim(fam("LDM", null, null, null)), aim(fam("LDM", "356", null, null)));
        rule("FD_LearnDelFAMCode_AL", aim(fam("LDM", "123456", null, null)), aim(fam("LDM", "356", null, null)));
        rule("FD_AFinType_AP", aim(price("XYZ", 1, START, 100)), VALID);
        rule("FD_AFinAmount_AR", aim(price("PMR", 1, START, 1000000)), aim(price("PMR", 1, START, 999999)));
        rule("FD_ProviderSpecDeliveryMonitoring_EO", aim(a -> IntStream.range(0, 5).forEach(i -> a.providerMonitoring.add(new ProviderMonitoring("A", "x")))),
                aim(a -> IntStream.range(0, 4).forEach(i -> a.providerMonitoring.add(new ProviderMonitoring("A", "x")))));
        rule("FD_DateEmpStatApp_MA", emp(e -> e.dateEmpStatApp = null), VALID);
        rule("FD_EmpId_AL", emp(e -> e.empId = 1000000000), emp(e -> e.empId = 999999999));
        rule("FD_EmploymentStatusMonitoring_EO", emp(e -> IntStream.range(0, 9).forEach(i -> e.monitoring.add(new Monitoring("OET", i)))),
                emp(e -> IntStream.range(0, 8).forEach(i -> e.monitoring.add(new Monitoring("OET", i)))));
        rule("FD_ESMType_AP", emp(e -> e.monitoring.add(new Monitoring("XXX", 1))), emp(e -> e.monitoring.add(new Monitoring("BSI", 1))));
    }

    static IlrFileHeader header(LocalDate preparedOn) {
        return new IlrFileHeader(IlrLearners.YEAR, IlrLearners.UKPRN, preparedOn, preparedOn.atTime(9, 30), "01",
                "Waypoint", "Waypoint", "1");
    }

    static Function<IlrValidator, List<IlrFinding>> fileNamed(String name) {
        return v -> v.checkFileName(name, header(PREPARED_ON));
    }

    static Function<IlrValidator, List<IlrFinding>> learners(Consumer<Builder> first, Consumer<Builder> second) {
        return v -> {
            v.check(IlrLearners.apprentice().with(first).build());
            v.check(IlrLearners.apprentice().with(second).build());
            return v.finish();
        };
    }

    static void fileLevel() {
        String good = "ILR-10012345-2526-20260115-093000-01.XML";
        file("Header_2", v -> v.checkHeader(header(PREPARED_ON.plusDays(1))), v -> v.checkHeader(header(PREPARED_ON)));
        file("Filename_1", fileNamed("ILR-10012345-2526-20260115-0930-01.XML"), fileNamed(good));
        file("Header_3", fileNamed("ILR-10099999-2526-20260115-093000-01.XML"), fileNamed(good));
        file("Filename_4", fileNamed("ILR-10012345-2425-20260115-093000-01.XML"), fileNamed(good));
        file("Filename_5", fileNamed("ILR-10012345-2526-20260115-093000-1.XML"), fileNamed(good));
        file("Filename_6", fileNamed("ILR-10012345-2526-20260115-093000-00.XML"), fileNamed(good));
        file("Filename_7", fileNamed("ILR-10012345-2526-20260116-093000-01.XML"), fileNamed(good));
        file("Entity_1", IlrValidator::finish, v -> {
            v.check(IlrLearners.apprentice().build());
            return v.finish();
        });
        file("R_06", learners(VALID, b -> b.uln = 1234567899L), learners(VALID, b -> {
            b.learnRefNumber = "WP0000000002";
            b.uln = 1234567899L;
        }));
        file("R_59", learners(VALID, b -> b.learnRefNumber = "WP0000000002"), learners(b -> b.uln = TEMPORARY_ULN, b -> {
            b.learnRefNumber = "WP0000000002";
            b.uln = TEMPORARY_ULN;
        }));
    }

    static IlrValidator validator() {
        return IlrValidator.forYear(IlrLearners.YEAR, IlrLearners.reference());
    }

    static Stream<Arguments> rules() {
        return RULES.keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void a_return_that_breaks_the_rule_is_found_and_one_that_keeps_it_is_not(String rule) {
        Case example = RULES.get(rule);

        assertThat(example.breaking().apply(validator())).as("the return that breaks " + rule)
                .extracting(IlrFinding::rule).contains(rule);
        assertThat(example.passing().apply(validator())).as("the return that keeps " + rule)
                .extracting(IlrFinding::rule).doesNotContain(rule);
    }

    @Test
    void every_rule_the_validator_checks_has_a_breaking_and_a_passing_case() {
        List<String> missing = new ArrayList<>(validator().ruleNames());
        missing.removeAll(RULES.keySet());

        assertThat(missing).as("rules without cases").isEmpty();
        assertThat(RULES.keySet()).as("cases of rules not checked").isSubsetOf(validator().ruleNames());
    }

    @Test
    void at_least_a_hundred_official_rules_are_checked() {
        assertThat(validator().ruleNames()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void a_finding_takes_its_severity_from_the_official_rule_book() {
        IlrRuleBook book = IlrRuleBook.of(IlrLearners.YEAR);
        for (var example : RULES.values()) {
            example.breaking().apply(validator()).forEach(finding ->
                    assertThat(finding.severity()).as(finding.rule())
                            .isEqualTo(book.require(finding.rule()).severity()));
        }
    }

    @Test
    void no_rule_fails_on_a_record_with_a_field_missing() {
        assertThat(validator().check(IlrLearners.apprentice().programmeAim(a -> {
            a.learnStartDate = null;
            a.learnPlanEndDate = null;
        }).employment(e -> e.dateEmpStatApp = null).with(l -> {
            l.dateOfBirth = null;
            l.learnRefNumber = null;
        }).build())).isNotEmpty();
    }

    @Test
    void r_89_and_r_90_leave_english_and_maths_out_and_are_not_applied_when_which_aims_those_are_is_not_known() {
        IlrLearner ended = IlrLearners.apprentice().with(withdrawnWithComponent(IlrRulesTest::open))
                .with(component(c -> c.withdrawn(LocalDate.of(2026, 1, 5)))).build();
        IlrLearner englishOrMaths = IlrLearners.apprentice()
                .with(withdrawnWithComponent(c -> open(c).learnAimRef = IlrLearners.MATHS_AIM))
                .with(component(c -> c.withdrawn(LocalDate.of(2026, 1, 5)).learnAimRef = IlrLearners.MATHS_AIM))
                .build();
        IlrValidator notKnown = IlrValidator.forYear(IlrLearners.YEAR,
                IlrLearners.reference().withEnglishAndMathsAims(null));

        assertThat(validator().check(ended)).extracting(IlrFinding::rule).contains("R_89", "R_90");
        assertThat(validator().check(englishOrMaths)).extracting(IlrFinding::rule).doesNotContain("R_89", "R_90");
        assertThat(notKnown.check(ended)).extracting(IlrFinding::rule).doesNotContain("R_89", "R_90");
    }

    @Test
    void r_89_and_r_90_compare_the_latest_programme_aim_only() {
        // closed on a break, then restarted and continuing: the first programme aim's end is not the programme's
        IlrLearner restarted = IlrLearners.apprentice()
                .programmeAim(a -> { a.compStatus = 6; a.learnActEndDate = LocalDate.of(2025, 12, 1); a.outcome = 3;
                    a.fams("ACT", new DeliveryFam("ACT", "1", START, LocalDate.of(2025, 12, 1))); })
                .addAim(a -> { open(a).learnStartDate = LocalDate.of(2026, 1, 5); a.origLearnStartDate = START;
                    a.fams("ACT", new DeliveryFam("ACT", "1", LocalDate.of(2026, 1, 5), null));
                    a.fams.add(new DeliveryFam("RES", "1", null, null)); })
                .with(component(c -> open(c).learnStartDate = LocalDate.of(2026, 1, 5))).build();

        assertThat(validator().check(restarted)).extracting(IlrFinding::rule).doesNotContain("R_89", "R_90");
    }

    @Test
    void an_english_or_maths_aim_carries_the_apprenticeships_contract_type_and_another_component_need_not() {
        Consumer<Aim> noContractType = c -> c.fams("ACT");
        IlrLearner maths = IlrLearners.apprentice()
                .with(component(noContractType.andThen(c -> c.learnAimRef = IlrLearners.MATHS_AIM))).build();
        IlrLearner other = IlrLearners.apprentice().with(component(noContractType)).build();

        assertThat(validator().check(maths)).filteredOn(f -> f.rule().equals("LearnDelFAMType_64")).singleElement()
                .satisfies(f -> {
                    assertThat(f.aimSeqNumber()).isEqualTo(2);
                    assertThat(f.message()).contains("English or maths aim");
                });
        assertThat(validator().check(other)).extracting(IlrFinding::rule).doesNotContain("LearnDelFAMType_64");
    }

    @Test
    void an_english_or_maths_aim_without_its_learning_aim_reference_says_to_choose_the_qualification() {
        List<IlrFinding> found = new ArrayList<>();
        IlrValidator validator = validator();
        found.addAll(validator.check(IlrLearners.apprentice().addAim(a -> {
            a.learnAimRef = null;
            a.aimType = 3;
            a.epaOrgId = null;
            a.plannedHours = null;
            a.financialRecords.clear();
        }).build()));

        assertThat(found).filteredOn(f -> f.rule().equals("FD_LearnAimRef_MA")).singleElement().satisfies(f -> {
            assertThat(f.fix()).isEqualTo(IlrFix.ENGLISH_AND_MATHS);
            assertThat(f.message()).contains("no qualification is chosen").doesNotContain("ZPROG001");
            assertThat(f.aimSeqNumber()).isEqualTo(2);
        });
    }
}
