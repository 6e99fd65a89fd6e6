package waypoint.reporting.internal.ilr;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import waypoint.ilr.IlrEmploymentStatus;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrLearningDelivery;

/**
 * A learner as exported, flattened to field paths and values ({@code LearningDelivery[1].LearnStartDate} →
 * {@code 2025-09-01}), so each return keeps what it said of each learner and the next return can list what changed
 * (docs/domain/ilr.md, "Each return kept"). Repeated entities are keyed by what identifies them in the file (an aim
 * by its {@code AimSeqNumber}, an employment status by its date, a price by its type, code and date), never by their
 * position, so one added record does not make every later one look changed. Fields left out of the file are left out
 * of the map.
 */
public final class IlrFields {

    private IlrFields() {
    }

    /** The fields whose change moves the provider's funding: prices, dates, completion, withdrawal, levy status. */
    public static boolean fundingRelevant(String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        return path.contains("AppFinRecord") || path.contains("LearningDeliveryFAM[ACT")
                || List.of("LearnStartDate", "OrigLearnStartDate", "LearnPlanEndDate", "LearnActEndDate",
                        "CompStatus", "WithdrawReason", "Outcome", "AchDate", "StdCode", "FundModel",
                        "PriorLearnFundAdj", "OtherFundAdj").contains(field);
    }

    public static Map<String, String> of(IlrLearner learner) {
        Map<String, String> fields = new LinkedHashMap<>();
        scalars("", learner, fields);
        list(fields, "PriorAttain", learner.priorAttainment(), p -> String.valueOf(p.priorLevel()));
        list(fields, "LLDDandHealthProblem", learner.llddCategories(), c -> String.valueOf(c.category()));
        list(fields, "ContactPreference", learner.contactPreferences(), c -> c.type() + c.code());
        list(fields, "LearnerFAM", learner.learnerFams(), f -> f.type() + f.code());
        list(fields, "ProviderSpecLearnerMonitoring", learner.providerMonitoring(), m -> m.occurrence());
        for (IlrEmploymentStatus status : learner.employmentStatuses()) {
            String at = "LearnerEmploymentStatus[" + status.dateEmpStatApp() + "].";
            scalars(at, status, fields);
            list(fields, at + "EmploymentStatusMonitoring", status.monitoring(), m -> m.type());
        }
        for (IlrLearningDelivery aim : learner.learningDeliveries()) {
            String at = "LearningDelivery[" + aim.aimSeqNumber() + "].";
            scalars(at, aim, fields);
            list(fields, at + "LearningDeliveryFAM", aim.fams(),
                    f -> f.type() + f.code() + (f.dateFrom() == null ? "" : " " + f.dateFrom()));
            list(fields, at + "AppFinRecord", aim.financialRecords(), f -> f.type() + f.code() + " " + f.date());
            list(fields, at + "ProviderSpecDeliveryMonitoring", aim.providerMonitoring(), m -> m.occurrence());
        }
        return fields;
    }

    /** The record's own single values, each named as the file names it (its first letter in capitals). */
    private static void scalars(String prefix, Record record, Map<String, String> fields) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (List.class.isAssignableFrom(component.getType()) || component.getName().equals("origin")) {
                continue;
            }
            Object value = valueOf(component, record);
            if (value != null) {
                fields.put(prefix + fileName(component.getName()), value.toString());
            }
        }
    }

    private static <T extends Record> void list(Map<String, String> fields, String entity, List<T> records,
            Function<T, String> key) {
        for (T record : records) {
            scalars(entity + "[" + key.apply(record) + "].", record, fields);
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            Object value = component.getAccessor().invoke(record);
            return value instanceof LocalDate date ? date.toString() : value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's own spelling where it is not the component's name with a capital. */
    private static final Map<String, String> SPELLING = Map.ofEntries(Map.entry("uln", "ULN"),
            Map.entry("niNumber", "NINumber"), Map.entry("llddHealthProb", "LLDDHealthProb"),
            Map.entry("epaOrgId", "EPAOrgID"), Map.entry("prevUkprn", "PrevUKPRN"), Map.entry("pmUkprn", "PMUKPRN"),
            Map.entry("partnerUkprn", "PartnerUKPRN"), Map.entry("alsCost", "ALSCost"),
            Map.entry("planEepHours", "PlanEEPHours"), Map.entry("otjActualHours", "OTJActHours"),
            Map.entry("plannedHours", "PHours"), Map.entry("delLocPostcode", "DelLocPostCode"),
            Map.entry("lsdPostcode", "LSDPostcode"), Map.entry("swSupAimId", "SWSupAimId"),
            Map.entry("tlOut", "TLOut"), Map.entry("campId", "CampId"), Map.entry("type", "Type"),
            Map.entry("code", "Code"), Map.entry("amount", "Amount"), Map.entry("date", "Date"));

    /** What people read for a field: the aim or record it belongs to, the words, and the file's name for it. */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("ULN", "unique learner number"),
            Map.entry("FamilyName", "family name"), Map.entry("GivenNames", "given names"),
            Map.entry("DateOfBirth", "date of birth"), Map.entry("Postcode", "postcode"),
            Map.entry("PostcodePrior", "postcode before enrolment"), Map.entry("Sex", "sex"),
            Map.entry("Ethnicity", "ethnicity"), Map.entry("LLDDHealthProb", "learning difficulty or health problem"),
            Map.entry("LearnStartDate", "start date"), Map.entry("LearnPlanEndDate", "planned end date"),
            Map.entry("LearnActEndDate", "actual end date"), Map.entry("CompStatus", "completion status"),
            Map.entry("WithdrawReason", "withdrawal reason"), Map.entry("Outcome", "outcome"),
            Map.entry("AchDate", "achievement date"), Map.entry("StdCode", "standard"),
            Map.entry("EPAOrgID", "end-point assessment organisation"), Map.entry("PHours", "planned off-the-job hours"),
            Map.entry("OTJActHours", "actual off-the-job hours"), Map.entry("Amount", "amount"),
            Map.entry("EmpStat", "employment status"), Map.entry("EmpId", "employer reference number"),
            Map.entry("DateTo", "to"), Map.entry("DateFrom", "from"), Map.entry("Email", "email"),
            Map.entry("TelNo", "telephone"));

    public static String words(String path) {
        int dot = path.lastIndexOf('.');
        String field = path.substring(dot + 1);
        String where = dot < 0 ? "" : path.substring(0, dot)
                .replaceAll("^LearningDelivery\\[(\\d+)]", "aim $1")
                .replace(".AppFinRecord[TNP1", ", training price [TNP1")
                .replace(".AppFinRecord[TNP2", ", end-point assessment price [TNP2")
                .replace(".AppFinRecord[PMR", ", payment [PMR")
                .replace(".LearningDeliveryFAM[ACT", ", funding (levy 1, non-levy 2) [ACT")
                .replaceAll("^LearnerEmploymentStatus\\[", "employment status from [");
        String words = WORDS.get(field);
        String named = words == null ? field : words + " (" + field + ")";
        return where.isEmpty() ? capitalised(named) : capitalised(where) + ": " + named;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String fileName(String component) {
        String spelt = SPELLING.get(component);
        return spelt != null ? spelt : Character.toUpperCase(component.charAt(0)) + component.substring(1);
    }
}
