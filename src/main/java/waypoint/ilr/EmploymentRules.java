package waypoint.ilr;

import static waypoint.ilr.RuleSupport.*;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The official employment status rules: the status and its date, the employer's reference number, the monitoring
 * codes (hours, length of employment or unemployment, self-employment, small employer), and the status an
 * apprenticeship needs on its start date (docs/domain/ilr.md, "Employment status" and "Checking a return before
 * upload").
 */
final class EmploymentRules {

    private EmploymentRules() {
    }

    static void define(IlrRuleSet rules) {
        records(rules);
        monitoring(rules);
        onTheStartDate(rules);
    }

    private static void records(IlrRuleSet rules) {
        rules.employment("EmpStat_05", "EmpStat", IlrFix.EMPLOYMENT_STATUS,
                "An employment status is not one the ILR lists (10 employed, 11 looking for work, 12 not looking, 98 "
                        + "not known): record it again", (l, e, f) -> !EMP_STAT.contains(e.empStat()));
        rules.employment("DateEmpStatApp_01", "DateEmpStatApp", IlrFix.EMPLOYMENT_STATUS,
                "An employment status is dated after the end of this collection year: correct its date",
                (l, e, f) -> after(e.dateEmpStatApp(), f.yearEnd));
        rules.employment("DateEmpStatApp_02", "DateEmpStatApp", IlrFix.EMPLOYMENT_STATUS,
                "An employment status is dated before 1 August 1990: correct its date",
                (l, e, f) -> before(e.dateEmpStatApp(), LocalDate.of(1990, 8, 1)));
        rules.employment("EmpId_14", "EmpId", IlrFix.EMPLOYMENT_STATUS,
                "An employer is named on a status of not in paid employment: remove the employer from that status",
                (l, e, f) -> e.empId() != null && (e.empStat() == 11 || e.empStat() == 12)
                        && l.learningDeliveries().stream().anyMatch(a -> a.progType() != null
                        && Set.of(2, 3, 20, 21, 22, 23, 25).contains(a.progType())));
    }

    private static void monitoring(IlrRuleSet rules) {
        rules.employment("ESMType_01", "ESMCode", IlrFix.EMPLOYMENT_STATUS,
                "An employment status has a monitoring code the ILR does not list for its type: record it again",
                (l, e, f) -> e.monitoring().stream().anyMatch(m -> employmentMonitoringCodes(m.type())
                        .map(codes -> !codes.contains(m.code())).orElse(false)));
        rules.employment("ESMType_02", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "A status of in paid employment has no hours band (EII): it is read from the apprenticeship's weekly "
                        + "hours, so record them", (l, e, f) -> e.empStat() == 10
                        && onOrAfter(e.dateEmpStatApp(), 2012, 8, 1) && e.monitoringCode("EII").isEmpty());
        rules.employment("ESMType_05", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "A status of in paid employment has a length of unemployment (LOU): remove it",
                (l, e, f) -> e.empStat() == 10 && e.monitoringCode("LOU").isPresent());
        rules.employment("ESMType_07", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "A self-employed learner (SEI) must be in paid employment: correct the status",
                (l, e, f) -> e.monitoringCode("SEI").isPresent() && e.empStat() != 10);
        rules.employment("ESMType_08", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "A status of not in paid employment and looking for work needs how long they have been unemployed "
                        + "(LOU): record it", (l, e, f) -> e.empStat() == 11 && onOrAfter(e.dateEmpStatApp(), 2012, 8, 1)
                        && e.monitoringCode("LOU").isEmpty() && l.learningDeliveries().stream()
                        .anyMatch(a -> !Set.of(25, 82, 37).contains(a.fundModel())));
        rules.employment("ESMType_10", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "A status of not in paid employment has a length of employment (LOE): remove it",
                (l, e, f) -> (e.empStat() == 11 || e.empStat() == 12) && e.monitoringCode("LOE").isPresent());
        rules.employment("ESMType_12", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "A status of not in paid employment has an hours band or says self-employed: remove them",
                (l, e, f) -> (e.empStat() == 11 || e.empStat() == 12) && onOrAfter(e.dateEmpStatApp(), 2013, 8, 1)
                        && (e.monitoringCode("EII").isPresent() || e.monitoringCode("SEI").isPresent()));
        rules.employment("ESMType_15", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "An employment status has the same kind of monitoring twice (such as two hours bands): keep one",
                (l, e, f) -> Set.of("SEI", "EII", "LOU", "LOE", "BSI", "PEI", "SEM").stream().anyMatch(type ->
                        e.monitoring().stream().filter(m -> m.type().equals(type)).count() > 1));
        rules.employment("ESMType_16", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "A small employer (SEM) is recorded on a status of not in paid employment: correct the status",
                (l, e, f) -> e.monitoring().stream().anyMatch(m -> m.type().equals("SEM") && m.code() == 1)
                        && (e.empStat() == 11 || e.empStat() == 12)
                        && l.learningDeliveries().stream().anyMatch(RuleSupport::apprenticeship));
        rules.employment("ESMType_20", "ESMCode", IlrFix.EMPLOYMENT_STATUS,
                "An employment status has the same other employment type (OET) twice: keep one",
                (l, e, f) -> e.monitoring().stream().filter(m -> m.type().equals("OET")).map(m -> m.code())
                        .distinct().count() < e.monitoring().stream().filter(m -> m.type().equals("OET")).count());
    }

    private static void onTheStartDate(IlrRuleSet rules) {
        rules.aim("EmpStat_09", "LearnerEmploymentStatus", IlrFix.EMPLOYMENT_STATUS,
                "No employment status applies on the apprenticeship's start date: record the apprentice's employment "
                        + "from on or before the start", (l, a, f) -> apprenticeship(a) && a.aimType() == 1
                        && onOrAfter(a.learnStartDate(), 2014, 8, 1) && employmentOn(l, a.learnStartDate()).isEmpty());
        rules.aim("EmpStat_15", "EmpStat", IlrFix.EMPLOYMENT_STATUS,
                "The employment status on the apprenticeship's start date is 'not known': record the apprentice's "
                        + "employment", (l, a, f) -> onStart(l, a, 2016).map(e -> e.empStat() == 98).orElse(false));
        rules.aim("EmpStat_12", "EmpStat", IlrFix.EMPLOYMENT_STATUS,
                "The apprentice is not in paid employment on the apprenticeship's start date: check their employment",
                (l, a, f) -> onStart(l, a, 0).map(e -> e.empStat() != 10).orElse(false));
        rules.aim("EmpId_10", "EmpId", IlrFix.EMPLOYER,
                "The employer's reference number is missing on the employment status that applies on the "
                        + "apprenticeship's start date: add it to the employer's record",
                (l, a, f) -> onStart(l, a, 0).map(e -> e.empStat() == 10 && e.empId() == null).orElse(false));
        rules.aim("ESMType_09", "ESMType", IlrFix.EMPLOYMENT_STATUS,
                "The employment status on the apprenticeship's start date has no length of employment (LOE): record "
                        + "how long the apprentice has worked there", (l, a, f) -> onStart(l, a, 0)
                        .map(e -> e.empStat() == 10 && onOrAfter(e.dateEmpStatApp(), 2013, 8, 1)
                                && e.monitoringCode("LOE").isEmpty()).orElse(false));
    }

    /** The employment status on the start of an apprenticeship's programme aim started from 1 August of a year. */
    private static Optional<IlrEmploymentStatus> onStart(IlrLearner learner, IlrLearningDelivery aim, int fromYear) {
        if (!(apprenticeship(aim) && aim.aimType() == 1) || aim.learnStartDate() == null
                || (fromYear > 0 && !onOrAfter(aim.learnStartDate(), fromYear, 8, 1))
                || hasFam(aim, "LDM", "353") || hasFam(aim, "LDM", "355")) {
            return Optional.empty();
        }
        return employmentOn(learner, aim.learnStartDate());
    }
}
