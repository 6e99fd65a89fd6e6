package waypoint.ilr;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ILR's own lists and formats, and the facts the official rules derive from a learner (the rule book's derived
 * data: an apprenticeship programme, the programme's start date, the employment status that applies on a date, the
 * learner's age), written once for every family of rules (docs/domain/ilr.md, "Checking a return before upload").
 */
final class RuleSupport {

    private RuleSupport() {
    }

    // The ILR specification 2025 to 2026, its lists of valid codes.
    static final Set<Integer> ETHNICITY = Set.of(31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
            98, 99);
    static final Set<String> SEX = Set.of("F", "M");
    static final Set<Integer> LLDD_HEALTH_PROB = Set.of(1, 2, 9);
    static final Set<Integer> LLDD_CATEGORY = Set.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 93, 94, 95, 96,
            97, 98, 99);
    /**
     * Prior attainment levels since 2021 to 2022: 1 entry level, 2 level 1, 3 level 2, 4 full level 2, 5 level 3,
     * 6 full level 3, 7 to 10 levels 4 to 7 and above, 97 other with level not known, 98 not known, 99 none.
     */
    static final Set<Integer> PRIOR_LEVEL = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 97, 98, 99);
    static final Set<Integer> ACCOMMODATION = Set.of(5);
    static final Set<Integer> AIM_TYPE = Set.of(1, 3, 4, 5);
    static final Set<Integer> FUND_MODEL = Set.of(10, 11, 25, 35, 36, 37, 38, 81, 82, 99);
    static final Set<Integer> COMP_STATUS = Set.of(1, 2, 3, 6);
    static final Set<Integer> OUTCOME = Set.of(1, 2, 3, 8);
    static final Set<Integer> WITHDRAW_REASON = Set.of(2, 3, 7, 28, 29, 40, 41, 42, 43, 44, 45, 46, 47, 48, 97, 98);
    static final Set<Integer> EMP_STAT = Set.of(10, 11, 12, 98);
    static final Set<String> NO_ACHIEVEMENT_GRADES = Set.of("FL", "U", "N", "X", "Y");

    /** Employment status monitoring codes, by type, where the list is closed. */
    static Optional<Set<Integer>> employmentMonitoringCodes(String type) {
        return Optional.ofNullable(switch (type) {
            case "EII" -> Set.of(1, 2, 3, 4, 5, 6, 7, 8);
            case "LOE" -> Set.of(1, 2, 3, 4);
            case "LOU" -> Set.of(1, 2, 3, 4, 5);
            case "SEI", "SEM", "PEI" -> Set.of(1);
            default -> null;
        });
    }

    /** Apprenticeship financial codes, by type: TNP 1 to 4 (prices), PMR 1 to 3 (payments). */
    static boolean validFinancialCode(String type, int code) {
        return switch (type) {
            case "TNP" -> code >= 1 && code <= 4;
            case "PMR" -> code >= 1 && code <= 3;
            default -> false;
        };
    }

    /** The temporary ULN, for a learner whose ULN is not yet known. */
    static final long TEMPORARY_ULN = 9999999999L;

    /** A UK postcode in the ILR's format: outward code, one space, inward code without C, I, K, M, O or V. */
    static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}([0-9]{1,2}|[0-9][A-Z]) [0-9][ABD-HJLNP-UW-Z]{2}");
    static final Pattern NI_NUMBER = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[ABCD ]");
    static final Pattern LEARN_REF_NUMBER = Pattern.compile("[A-Za-z0-9 ]{1,12}");
    static final Pattern NAME_CHARACTERS = Pattern.compile("[^0-9\\r\\n\\t|\"]*");
    static final Pattern LETTERS_DIGITS_SPACES = Pattern.compile("[A-Za-z0-9 ]*");
    static final Pattern LETTERS_DIGITS = Pattern.compile("[A-Za-z0-9]*");
    static final Pattern COMBINED_AUTHORITY_FUNDING = Pattern.compile("11[0-9]|120");
    static final Pattern ADDRESS_LINE = Pattern.compile("[A-Za-z0-9 ~!@&'\\\\()*+,\\-./:;]{1,50}");
    static final Pattern TEL_NO = Pattern.compile("[0-9]{1,18}");
    static final Pattern EMAIL = Pattern.compile(".+@.+");
    static final Pattern CAMP_ID = Pattern.compile("[A-Za-z0-9]{1,8}");
    /** EPA and four digits; from 2026-27, when ids may be 8 characters long, five (the length is the year's). */
    static final Pattern EPA_ORG_ID = Pattern.compile("EPA[0-9]{4,5}");
    static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The ULN's check digit (the rule book's DD01): the temporary ULN passes; a remainder of 0 never does. */
    static boolean ulnPassesCheck(long uln) {
        if (uln == TEMPORARY_ULN) {
            return true;
        }
        return waypoint.shared.validation.UlnRule.checkDigitMatches(Long.toString(uln));
    }

    /** An apprenticeship funded aim (funding model 36). */
    static boolean apprenticeshipFunded(IlrLearningDelivery aim) {
        return aim.fundModel() == IlrLearningDelivery.APPRENTICESHIP_FUNDING;
    }

    /** Part of an apprenticeship standard (the rule book's DD07: programme type 25). */
    static boolean apprenticeship(IlrLearningDelivery aim) {
        return aim.progType() != null && aim.progType() == IlrLearningDelivery.STANDARD;
    }

    /** The programme aim of an apprenticeship standard (aim type 1, programme type 25). */
    static boolean standardProgramme(IlrLearningDelivery aim) {
        return aim.aimType() == 1 && apprenticeship(aim);
    }

    /** An apprenticeship funded programme aim (funding model 36, aim type 1). */
    static boolean fundedProgramme(IlrLearningDelivery aim) {
        return aim.aimType() == 1 && apprenticeshipFunded(aim);
    }

    /** An end-point assessment price (TNP 2, or the residual TNP 4) is recorded on the aim. */
    static boolean assessmentPrice(IlrLearningDelivery aim) {
        return !aim.financialRecords("TNP", 2).isEmpty() || !aim.financialRecords("TNP", 4).isEmpty();
    }

    static boolean restart(IlrLearningDelivery aim) {
        return count(aim, "RES") > 0;
    }

    /** How many funding and monitoring records of a type the aim has (read often, so without a stream). */
    static int count(IlrLearningDelivery aim, String type) {
        int count = 0;
        for (IlrLearningDelivery.DeliveryFam fam : aim.fams()) {
            if (type.equals(fam.type())) {
                count++;
            }
        }
        return count;
    }

    static boolean hasFam(IlrLearningDelivery aim, String type, String code) {
        for (IlrLearningDelivery.DeliveryFam fam : aim.fams()) {
            if (type.equals(fam.type()) && code.equals(fam.code())) {
                return true;
            }
        }
        return false;
    }

    static boolean levy(IlrLearningDelivery aim) {
        return hasFam(aim, "ACT", "1");
    }

    static boolean onOrAfter(LocalDate date, int year, int month, int day) {
        return date != null && !date.isBefore(LocalDate.of(year, month, day));
    }

    static boolean before(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }

    static boolean after(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isAfter(other);
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The learner's age in whole years on a date, when their date of birth is known. */
    static Optional<Integer> age(IlrLearner learner, LocalDate on) {
        if (learner.dateOfBirth() == null || on == null) {
            return Optional.empty();
        }
        return Optional.of((int) ChronoUnit.YEARS.between(learner.dateOfBirth(), on));
    }

    /** The earliest start of the learner's aims (the rule book's DD06). */
    static Optional<LocalDate> earliestStart(IlrLearner learner) {
        return learner.learningDeliveries().stream().map(IlrLearningDelivery::learnStartDate)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder());
    }

    /** The employment status record that applies on a date: the latest dated on or before it. */
    static Optional<IlrEmploymentStatus> employmentOn(IlrLearner learner, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        return learner.employmentStatuses().stream()
                .filter(e -> e.dateEmpStatApp() != null && !e.dateEmpStatApp().isAfter(date))
                .max(Comparator.comparing(IlrEmploymentStatus::dateEmpStatApp));
    }

    /** The learner's aims that are apprenticeship standard programme aims. */
    static List<IlrLearningDelivery> standardProgrammes(IlrLearner learner) {
        return learner.learningDeliveries().stream().filter(RuleSupport::standardProgramme).toList();
    }

    /** The last Friday in June of the academic year (1 September to 31 August) in which the learner turns 16. */
    static LocalDate schoolLeavingDate(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int juneYear = sixteenth.getMonthValue() >= 9 ? sixteenth.getYear() + 1 : sixteenth.getYear();
        return LocalDate.of(juneYear, 6, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    /**
     * Whether an aim is an English or maths aim (in LARS, a basic skills type of English or maths), as far as Waypoint
     * knows: its learning aim reference is one of the English and maths qualifications known, or it is not. Empty when
     * that is not known (no list given, or the aim has no reference), so the rules that need it are not applied to it.
     */
    static Optional<Boolean> englishOrMaths(IlrLearningDelivery aim, IlrReturnFacts facts) {
        if (aim.learnAimRef() == null) {
            return Optional.empty();
        }
        return facts.reference.englishAndMathsAims().map(refs -> refs.contains(aim.learnAimRef()));
    }

    /** A component aim (aim type 3) known not to be English or maths. */
    static boolean componentNotEnglishOrMaths(IlrLearningDelivery aim, IlrReturnFacts facts) {
        return aim.aimType() == IlrLearningDelivery.COMPONENT_AIM
                && englishOrMaths(aim, facts).map(known -> !known).orElse(false);
    }

    /** The learner's latest programme aim (aim type 1) by its start date, when it has one. */
    static Optional<IlrLearningDelivery> latestProgrammeAim(IlrLearner learner) {
        return learner.learningDeliveries().stream().filter(a -> a.aimType() == 1 && a.learnStartDate() != null)
                .max(Comparator.comparing(IlrLearningDelivery::learnStartDate));
    }

    /** The latest ACT record of an aim, by its date from. */
    static Optional<IlrLearningDelivery.DeliveryFam> latestAct(IlrLearningDelivery aim) {
        return aim.fams("ACT").stream().filter(f -> f.dateFrom() != null)
                .max(Comparator.comparing(IlrLearningDelivery.DeliveryFam::dateFrom));
    }
}
