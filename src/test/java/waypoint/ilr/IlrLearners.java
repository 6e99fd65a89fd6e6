package waypoint.ilr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import waypoint.ilr.IlrLearner.ContactPreference;
import waypoint.ilr.IlrLearner.LearnerFam;
import waypoint.ilr.IlrLearner.LlddCategory;
import waypoint.ilr.IlrLearner.PriorAttainment;
import waypoint.ilr.IlrLearner.ProviderMonitoring;
import waypoint.ilr.IlrLearningDelivery.DeliveryFam;
import waypoint.ilr.IlrLearningDelivery.FinancialRecord;

/**
 * Learners for tests, as the ILR carries them. {@link #apprentice()} starts from a valid apprentice of 2025-26 that
 * raises no error: a levy-funded (ACT 1) apprenticeship standard (ZPROG001, funding model 36, programme type 25)
 * started on 1 September 2025 and in learning, planned to end on 30 September 2026 with 400 planned off-the-job
 * hours, training and assessment prices from the start, an assessment organisation, in paid employment with their
 * employer since before the start, prior attainment full level 2. Change what a test needs with the public fields,
 * {@link Builder#with}, {@link Builder#programmeAim} and {@link Builder#employment}.
 */
public final class IlrLearners {

    /** The collection year and the dates the valid apprentice is built around. */
    public static final IlrYear YEAR = IlrYear.named("2025-26");
    public static final LocalDate START = LocalDate.of(2025, 9, 1);
    public static final LocalDate PLANNED_END = LocalDate.of(2026, 9, 30);
    /** The file preparation date the tests use (and "today" for the rules about the future). */
    public static final LocalDate PREPARED_ON = LocalDate.of(2026, 1, 15);
    public static final int UKPRN = 10012345;
    public static final int STANDARD = 91;
    public static final String EPAO = "EPA0042";
    /** A standard closed to new starts on 31 March 2025 and to any start after 30 June 2025. */
    public static final int CLOSED_STANDARD = 92;
    /** The provider's one English or maths qualification known: Functional Skills maths, Level 2 (603/4804/5). */
    public static final String MATHS_AIM = "60348045";
    /** A standard available from 1 October 2025. */
    public static final int NEW_STANDARD = 93;

    private IlrLearners() {
    }

    /** A valid levy-funded apprentice in learning, with everything the rules need. */
    public static Builder apprentice() {
        return new Builder();
    }

    /**
     * Reference data that knows today, the provider, the standard and its assessment organisation, and the English
     * and maths qualification {@link #MATHS_AIM}.
     */
    public static IlrReferenceData.Known reference() {
        return IlrReferenceData.known().withToday(PREPARED_ON).withUkprn(UKPRN)
                .withStandards(java.util.Map.of(
                        STANDARD, new IlrReferenceData.Standard(STANDARD, LocalDate.of(2019, 1, 1), null, null),
                        CLOSED_STANDARD, new IlrReferenceData.Standard(CLOSED_STANDARD, LocalDate.of(2020, 1, 1),
                                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 3, 31)),
                        NEW_STANDARD, new IlrReferenceData.Standard(NEW_STANDARD, LocalDate.of(2025, 10, 1), null,
                                null)))
                .withAssessmentOrganisations(java.util.Map.of(STANDARD, java.util.Set.of(EPAO),
                        CLOSED_STANDARD, java.util.Set.of(EPAO), NEW_STANDARD, java.util.Set.of(EPAO)))
                .withEnglishAndMathsAims(java.util.Set.of(MATHS_AIM));
    }

    public static final class Builder {
        public String learnRefNumber = "WP0000000001";
        public String prevLearnRefNumber;
        public Integer prevUkprn;
        public Integer pmUkprn;
        public String campId;
        public long uln = 1000000043L;
        public String familyName = "Okafor";
        public String givenNames = "Ada";
        public LocalDate dateOfBirth = LocalDate.of(2003, 5, 14);
        public Integer ethnicity = 31;
        public String sex = "F";
        public Integer llddHealthProb = 2;
        public String niNumber = "AB123456C";
        public Integer accom;
        public Integer alsCost;
        public Integer planLearnHours;
        public Integer planEepHours;
        public String mathGrade;
        public String engGrade;
        public String postcodePrior = "B1 1AA";
        public String postcode = "B1 1AA";
        public String addLine1 = "1 Canal Street";
        public String addLine2;
        public String addLine3 = "Birmingham";
        public String addLine4;
        public String telNo = "01210000000";
        public String email = "ada.okafor@example.org";
        public List<PriorAttainment> priorAttainment = new ArrayList<>(List.of(
                new PriorAttainment(4, LocalDate.of(2024, 7, 1))));
        public List<LlddCategory> llddCategories = new ArrayList<>();
        public List<ContactPreference> contactPreferences = new ArrayList<>();
        public List<LearnerFam> learnerFams = new ArrayList<>();
        public List<ProviderMonitoring> providerMonitoring = new ArrayList<>();
        public List<Employment> employment = new ArrayList<>(List.of(new Employment()));
        public List<Aim> aims = new ArrayList<>(List.of(new Aim()));
        public IlrOrigin origin;

        /** Changes anything about the learner. */
        public Builder with(Consumer<Builder> change) {
            change.accept(this);
            return this;
        }

        /** Changes the programme aim (the first aim). */
        public Builder programmeAim(Consumer<Aim> change) {
            change.accept(aims.get(0));
            return this;
        }

        /** Changes the first employment status record. */
        public Builder employment(Consumer<Employment> change) {
            change.accept(employment.get(0));
            return this;
        }

        /** Adds an aim, built from a copy of the programme aim as it is now, with the next sequence number. */
        public Builder addAim(Consumer<Aim> change) {
            Aim aim = aims.get(0).copy();
            aim.aimSeqNumber = aims.size() + 1;
            change.accept(aim);
            aims.add(aim);
            return this;
        }

        /** Adds an employment status record, from a copy of the first one. */
        public Builder addEmployment(Consumer<Employment> change) {
            Employment status = employment.get(0).copy();
            change.accept(status);
            employment.add(status);
            return this;
        }

        public IlrLearner build() {
            return new IlrLearner(learnRefNumber, prevLearnRefNumber, prevUkprn, pmUkprn, campId, uln, familyName,
                    givenNames, dateOfBirth, ethnicity, sex, llddHealthProb, niNumber, accom, alsCost, planLearnHours,
                    planEepHours, mathGrade, engGrade, postcodePrior, postcode, addLine1, addLine2, addLine3,
                    addLine4, telNo, email, priorAttainment, llddCategories, contactPreferences, learnerFams,
                    providerMonitoring, employment.stream().map(Employment::build).toList(),
                    aims.stream().map(Aim::build).toList(), origin);
        }
    }

    /** A learning aim; by default the apprenticeship's programme aim. */
    public static final class Aim {
        public String learnAimRef = IlrLearningDelivery.PROGRAMME_AIM;
        public int aimType = 1;
        public int aimSeqNumber = 1;
        public LocalDate learnStartDate = START;
        public LocalDate origLearnStartDate;
        public LocalDate learnPlanEndDate = PLANNED_END;
        public int fundModel = 36;
        public Integer plannedHours = 400;
        public Integer otjActualHours;
        public Integer progType = 25;
        public Integer stdCode = STANDARD;
        public Integer partnerUkprn;
        public String delLocPostcode = "B2 4QA";
        public String lsdPostcode;
        public Integer addHours;
        public Integer priorLearnFundAdj;
        public Integer otherFundAdj;
        public String conRefNumber;
        public String epaOrgId = EPAO;
        public int compStatus = 1;
        public LocalDate learnActEndDate;
        public Integer withdrawReason;
        public Integer outcome;
        public LocalDate achDate;
        public String outGrade;
        public String swSupAimId;
        public Integer tlOut;
        public List<DeliveryFam> fams = new ArrayList<>(List.of(
                new DeliveryFam("SOF", "105", null, null),
                new DeliveryFam("ACT", "1", START, null)));
        public List<FinancialRecord> financialRecords = new ArrayList<>(List.of(
                new FinancialRecord("TNP", 1, START, 9000),
                new FinancialRecord("TNP", 2, START, 1000)));
        public List<ProviderMonitoring> providerMonitoring = new ArrayList<>();

        /** Replaces the aim's FAM records of a type with the ones given. */
        public Aim fams(String type, DeliveryFam... replacements) {
            fams.removeIf(f -> f.type().equals(type));
            fams.addAll(List.of(replacements));
            return this;
        }

        /** Moves the aim's start and planned end, with its ACT record and prices dated from the new start. */
        public Aim startedOn(LocalDate start, LocalDate plannedEnd) {
            learnStartDate = start;
            learnPlanEndDate = plannedEnd;
            fams.replaceAll(f -> f.type().equals("ACT") ? new DeliveryFam("ACT", f.code(), start, f.dateTo()) : f);
            financialRecords.replaceAll(r -> r.type().equals("TNP") && r.date().equals(START)
                    ? new FinancialRecord("TNP", r.code(), start, r.amount()) : r);
            return this;
        }

        /**
         * Ends the aim as completed on a date, with the ACT record closed on the achievement date a week later, the
         * actual off-the-job hours and the outcome achieved.
         */
        public Aim completed(LocalDate actualEnd) {
            compStatus = 2;
            learnActEndDate = actualEnd;
            outcome = 1;
            achDate = actualEnd.plusDays(7);
            otjActualHours = 410;
            return fams("ACT", new DeliveryFam("ACT", "1", learnStartDate, achDate));
        }

        /** Ends the aim as withdrawn on a date (for another reason, 97), the ACT record closed then. */
        public Aim withdrawn(LocalDate actualEnd) {
            compStatus = 3;
            learnActEndDate = actualEnd;
            outcome = 3;
            withdrawReason = 97;
            otjActualHours = 120;
            return fams("ACT", new DeliveryFam("ACT", "1", learnStartDate, actualEnd));
        }

        Aim copy() {
            Aim copy = new Aim();
            copy.learnAimRef = learnAimRef;
            copy.aimType = aimType;
            copy.aimSeqNumber = aimSeqNumber;
            copy.learnStartDate = learnStartDate;
            copy.origLearnStartDate = origLearnStartDate;
            copy.learnPlanEndDate = learnPlanEndDate;
            copy.fundModel = fundModel;
            copy.plannedHours = plannedHours;
            copy.otjActualHours = otjActualHours;
            copy.progType = progType;
            copy.stdCode = stdCode;
            copy.partnerUkprn = partnerUkprn;
            copy.delLocPostcode = delLocPostcode;
            copy.lsdPostcode = lsdPostcode;
            copy.addHours = addHours;
            copy.priorLearnFundAdj = priorLearnFundAdj;
            copy.otherFundAdj = otherFundAdj;
            copy.conRefNumber = conRefNumber;
            copy.epaOrgId = epaOrgId;
            copy.compStatus = compStatus;
            copy.learnActEndDate = learnActEndDate;
            copy.withdrawReason = withdrawReason;
            copy.outcome = outcome;
            copy.achDate = achDate;
            copy.outGrade = outGrade;
            copy.swSupAimId = swSupAimId;
            copy.tlOut = tlOut;
            copy.fams = new ArrayList<>(fams);
            copy.financialRecords = new ArrayList<>(financialRecords);
            copy.providerMonitoring = new ArrayList<>(providerMonitoring);
            return copy;
        }

        IlrLearningDelivery build() {
            return new IlrLearningDelivery(learnAimRef, aimType, aimSeqNumber, learnStartDate, origLearnStartDate,
                    learnPlanEndDate, fundModel, plannedHours, otjActualHours, progType, stdCode, partnerUkprn,
                    delLocPostcode, lsdPostcode, addHours, priorLearnFundAdj, otherFundAdj, conRefNumber, epaOrgId,
                    compStatus, learnActEndDate, withdrawReason, outcome, achDate, outGrade, swSupAimId, tlOut, fams,
                    financialRecords, providerMonitoring);
        }
    }

    /** An employment status record; by default in paid employment (10) since 1 July 2024, 31 hours or more, over 12 months. */
    public static final class Employment {
        public int empStat = 10;
        public LocalDate dateEmpStatApp = LocalDate.of(2024, 7, 1);
        public Integer empId = 154549452;
        public List<IlrEmploymentStatus.Monitoring> monitoring = new ArrayList<>(List.of(
                new IlrEmploymentStatus.Monitoring("EII", 8), new IlrEmploymentStatus.Monitoring("LOE", 4)));

        Employment copy() {
            Employment copy = new Employment();
            copy.empStat = empStat;
            copy.dateEmpStatApp = dateEmpStatApp;
            copy.empId = empId;
            copy.monitoring = new ArrayList<>(monitoring);
            return copy;
        }

        IlrEmploymentStatus build() {
            return new IlrEmploymentStatus(empStat, dateEmpStatApp, empId, monitoring);
        }
    }
}
