package waypoint.ilr;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code LearningDelivery}: one aim of a learner. For an apprenticeship, the programme aim ({@code ZPROG001},
 * aim type 1, funding model 36, programme type 25, the standard's LARS code) carries the prices ({@link
 * FinancialRecord}) and the levy or non-levy funding (FAM ACT), and English and maths aims are component aims
 * (aim type 3) beside it (docs/domain/ilr.md).
 */
public record IlrLearningDelivery(String learnAimRef, int aimType, int aimSeqNumber, LocalDate learnStartDate,
                                  LocalDate origLearnStartDate, LocalDate learnPlanEndDate, int fundModel,
                                  Integer plannedHours, Integer otjActualHours, Integer progType, Integer stdCode,
                                  Integer partnerUkprn, String delLocPostcode, String lsdPostcode, Integer addHours,
                                  Integer priorLearnFundAdj, Integer otherFundAdj, String conRefNumber,
                                  String epaOrgId, int compStatus, LocalDate learnActEndDate, Integer withdrawReason,
                                  Integer outcome, LocalDate achDate, String outGrade, String swSupAimId,
                                  Integer tlOut, List<DeliveryFam> fams, List<FinancialRecord> financialRecords,
                                  List<IlrLearner.ProviderMonitoring> providerMonitoring) {

    public static final String PROGRAMME_AIM = "ZPROG001";
    public static final int APPRENTICESHIP_FUNDING = 36;
    public static final int STANDARD = 25;

    /** Programme type 34, an apprenticeship unit: in the ILR from the 2026-27 collection year. */
    public static final int APPRENTICESHIP_UNIT = 34;
    public static final IlrYear UNITS_FROM = IlrYear.named("2026-27");

    /** Aim type 3: a component aim of a programme, such as an apprenticeship's English or maths. */
    public static final int COMPONENT_AIM = 3;

    /** Completion status ({@code CompStatus}). */
    public static final int CONTINUING = 1, COMPLETED = 2, WITHDRAWN = 3, ON_A_BREAK = 6;

    public IlrLearningDelivery {
        fams = List.copyOf(fams == null ? List.of() : fams);
        financialRecords = List.copyOf(financialRecords == null ? List.of() : financialRecords);
        providerMonitoring = List.copyOf(providerMonitoring == null ? List.of() : providerMonitoring);
    }

    /** {@code LearningDeliveryFAM}: type (SOF, ACT, RES, LDM...), code, and the dates it applies (ACT has them). */
    public record DeliveryFam(String type, String code, LocalDate dateFrom, LocalDate dateTo) {
    }

    /** {@code AppFinRecord}: TNP (total negotiated price: 1 training, 2 assessment) or PMR (payment), whole pounds. */
    public record FinancialRecord(String type, int code, LocalDate date, int amount) {
    }

    public boolean isProgrammeAim() {
        return aimType == 1 && PROGRAMME_AIM.equals(learnAimRef);
    }

    public List<DeliveryFam> fams(String type) {
        return fams.stream().filter(f -> f.type().equals(type)).toList();
    }

    public List<FinancialRecord> financialRecords(String type, int code) {
        return financialRecords.stream().filter(f -> f.type().equals(type) && f.code() == code).toList();
    }
}
