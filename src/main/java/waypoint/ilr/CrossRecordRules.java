package waypoint.ilr;

import static waypoint.ilr.RuleSupport.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import waypoint.ilr.IlrLearningDelivery.DeliveryFam;

/**
 * The official cross-record rules: records of one learner that must agree with each other (no record twice, levy or
 * non-levy funding that runs from the start without gaps or overlaps and ends with the apprenticeship, employment on
 * the funding's start, prices from the start, programmes that do not overlap), and, checked by the validator across
 * the file, a learner reference number or ULN used twice (docs/domain/ilr.md, "Checking a return before upload").
 */
final class CrossRecordRules {

    private static final LocalDate OPEN = LocalDate.of(2099, 12, 31);

    private CrossRecordRules() {
    }

    static void define(IlrRuleSet rules) {
        rules.acrossLearners("R_06", "LearnRefNumber", IlrFix.LEARNER_DETAILS,
                "Two learners in the return have the same learner reference number: each learner needs their own");
        rules.acrossLearners("R_59", "ULN", IlrFix.LEARNER_DETAILS,
                "Two learners in the return have the same ULN: check both learners' records, one may be a duplicate");
        noRecordTwice(rules);
        contractType(rules);
        programmes(rules);
    }

    private static void noRecordTwice(IlrRuleSet rules) {
        rules.learner("R_07", "AimSeqNumber", IlrFix.APPRENTICESHIP,
                "Two of the learner's aims have the same sequence number: number the aims 1, 2, 3...",
                (l, f) -> repeats(l.learningDeliveries(), IlrLearningDelivery::aimSeqNumber));
        rules.learner("R_43", "DateEmpStatApp", IlrFix.EMPLOYMENT_STATUS,
                "Two of the learner's employment statuses start on the same date: keep the one that applies",
                (l, f) -> repeats(l.employmentStatuses(), IlrEmploymentStatus::dateEmpStatApp));
        rules.learner("R_45", "LLDDCat", IlrFix.LEARNER_ILR_DETAILS,
                "A kind of learning difficulty, disability or health problem is recorded twice: keep one",
                (l, f) -> repeats(l.llddCategories(), IlrLearner.LlddCategory::category));
        rules.learner("R_49", "ContPrefCode", IlrFix.LEARNER_ILR_DETAILS,
                "A contact restriction is recorded twice: keep one",
                (l, f) -> repeats(l.contactPreferences(), Function.identity()));
        rules.learner("R_51", "LearnFAMType", IlrFix.LEARNER_ILR_DETAILS,
                "A learner funding and monitoring record (type and code) is recorded twice: keep one",
                (l, f) -> repeats(l.learnerFams(), Function.identity()));
        rules.aim("R_52", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "A funding and monitoring record (type and code) is recorded twice on the aim: keep one",
                (l, a, f) -> repeats(a.fams().stream().filter(m -> !Set.of("LSF", "ACT", "ALB").contains(m.type()))
                        .toList(), m -> m.type() + " " + m.code()));
        rules.aim("R_50", "ProvSpecDelMonOccur", IlrFix.APPRENTICESHIP,
                "The provider's own monitoring of the aim has the same occurrence (A, B, C or D) twice: keep one",
                (l, a, f) -> repeats(a.providerMonitoring(), IlrLearner.ProviderMonitoring::occurrence));
        rules.learner("R_68", "AppFinRecord", IlrFix.PRICES_AND_FUNDING,
                "The same price or payment (type, code and date) is recorded twice for the apprenticeship: keep one",
                (l, f) -> standardProgrammes(l).stream().filter(RuleSupport::apprenticeshipFunded)
                        .collect(java.util.stream.Collectors.groupingBy(a -> Objects.toString(a.stdCode())))
                        .values().stream().anyMatch(aims -> repeats(aims.stream()
                                .flatMap(a -> a.financialRecords().stream()).toList(),
                                r -> r.type() + r.code() + " " + r.date())));
        rules.learner("R_97", "LearnerEmploymentStatus", IlrFix.EMPLOYMENT_STATUS,
                "Two employment statuses in a row say the same (status, employer and monitoring): the second adds "
                        + "nothing, remove it", (l, f) -> {
                    List<IlrEmploymentStatus> byDate = l.employmentStatuses().stream()
                            .filter(e -> e.dateEmpStatApp() != null)
                            .sorted(Comparator.comparing(IlrEmploymentStatus::dateEmpStatApp)).toList();
                    for (int i = 1; i < byDate.size(); i++) {
                        IlrEmploymentStatus before = byDate.get(i - 1), after = byDate.get(i);
                        if (before.empStat() == after.empStat() && Objects.equals(before.empId(), after.empId())
                                && new HashSet<>(before.monitoring()).equals(new HashSet<>(after.monitoring()))) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    private static void contractType(IlrRuleSet rules) {
        rules.aim("R_101", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship's levy or non-levy funding records overlap: end each before the next begins",
                (l, a, f) -> {
                    List<DeliveryFam> acts = actsByDate(a);
                    for (int i = 1; i < acts.size(); i++) {
                        LocalDate endOfEarlier = acts.get(i - 1).dateTo();
                        if (endOfEarlier == null || !endOfEarlier.isBefore(acts.get(i).dateFrom())) {
                            return true;
                        }
                    }
                    return false;
                });
        rules.aim("R_102", "LearnDelFAMDateFrom", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship's levy or non-levy funding does not apply from its start date: date the first "
                        + "record from the start", (l, a, f) -> count(a, "ACT") > 0 && a.fams("ACT").stream()
                        .noneMatch(m -> m.dateFrom() != null && m.dateFrom().equals(a.learnStartDate())));
        rules.aim("R_104", "LearnDelFAMDateFrom", IlrFix.PRICES_AND_FUNDING,
                "There is a gap between the apprenticeship's levy or non-levy funding records: each must begin the "
                        + "day after the last one ends", (l, a, f) -> {
                    List<DeliveryFam> acts = actsByDate(a);
                    for (int i = 1; i < acts.size(); i++) {
                        LocalDate endOfEarlier = acts.get(i - 1).dateTo();
                        if (endOfEarlier != null && !acts.get(i).dateFrom().equals(endOfEarlier.plusDays(1))) {
                            return true;
                        }
                    }
                    return false;
                });
        rules.learner("R_105", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "The learner is recorded as levy-funded and non-levy-funded at the same time: check the funding of "
                        + "their apprenticeships", (l, f) -> {
                    List<DeliveryFam> acts = new ArrayList<>();
                    l.learningDeliveries().forEach(a -> a.fams("ACT").stream().filter(m -> m.dateFrom() != null)
                            .forEach(acts::add));
                    for (DeliveryFam one : acts) {
                        for (DeliveryFam other : acts) {
                            if (!Objects.equals(one.code(), other.code()) && !one.dateFrom().isAfter(end(other))
                                    && !other.dateFrom().isAfter(end(one))) {
                                return true;
                            }
                        }
                    }
                    return false;
                });
        rules.aim("R_110", "EmpStat", IlrFix.EMPLOYMENT_STATUS,
                "A levy-funded apprentice is not in paid employment when the funding applies from: check their "
                        + "employment status", (l, a, f) -> apprenticeshipFunded(a) && !restart(a)
                        && !redundant(l) && a.fams("ACT").stream().filter(m -> "1".equals(m.code()))
                        .anyMatch(m -> employmentOn(l, m.dateFrom()).map(e -> e.empStat() != 10).orElse(false)));
        rules.aim("R_121", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship's levy or non-levy funding does not end on its achievement date: end it then",
                (l, a, f) -> standardFunded(a) && a.achDate() != null
                        && latestAct(a).map(m -> !a.achDate().equals(m.dateTo())).orElse(false));
        rules.aim("R_122", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship has ended but its levy or non-levy funding does not end on its actual end date: "
                        + "end it then", (l, a, f) -> standardFunded(a) && a.compStatus() != 1 && a.achDate() == null
                        && latestAct(a).map(m -> !Objects.equals(a.learnActEndDate(), m.dateTo())).orElse(false));
        rules.aim("R_123", "LearnDelFAMDateTo", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship is continuing but its levy or non-levy funding has an end date: remove the end "
                        + "date", (l, a, f) -> standardFunded(a) && a.compStatus() == 1
                        && latestAct(a).map(m -> m.dateTo() != null).orElse(false));
        rules.aim("R_61", "LearnDelFAMDateFrom", IlrFix.PRICES_AND_FUNDING,
                "Two learning support funding records of the aim overlap: end one before the next begins",
                (l, a, f) -> overlapping(a.fams("LSF")) || overlapping(a.fams("ALB")));
    }

    private static void programmes(IlrRuleSet rules) {
        rules.aim("R_119", "AFinDate", IlrFix.PRICES_AND_FUNDING,
                "A price or payment is dated before the apprenticeship started: date it from the start or later",
                (l, a, f) -> onOrAfter(a.learnStartDate(), 2019, 2, 1)
                        && a.financialRecords().stream().anyMatch(r -> r.type().equals("TNP"))
                        && a.financialRecords().stream().anyMatch(r -> before(r.date(), a.learnStartDate())));
        rules.learner("R_124", "LearnStartDate", IlrFix.APPRENTICESHIP,
                "Two of the learner's programmes overlap: one must end before the next starts",
                (l, f) -> {
                    List<IlrLearningDelivery> programmes = l.learningDeliveries().stream()
                            .filter(a -> a.aimType() == 1 && a.learnStartDate() != null).toList();
                    for (IlrLearningDelivery one : programmes) {
                        for (IlrLearningDelivery other : programmes) {
                            if (one != other && !one.learnStartDate().isBefore(other.learnStartDate())
                                    && !one.learnStartDate().isAfter(effectiveEnd(other))) {
                                return true;
                            }
                        }
                    }
                    return false;
                });
        rules.aim("R_30", "ProgType", IlrFix.APPRENTICESHIP,
                "A component aim has no programme aim with the same programme type and standard: add the programme "
                        + "aim or correct the component", (l, a, f) -> a.aimType() == 3 && l.learningDeliveries()
                        .stream().noneMatch(p -> p.aimType() == 1 && Objects.equals(p.progType(), a.progType())
                                && Objects.equals(p.stdCode(), a.stdCode())));
        rules.aim("R_89", "LearnActEndDate", IlrFix.APPRENTICESHIP,
                "The apprenticeship ended before one of its component aims (not English or maths) did: the "
                        + "programme's actual end date is on or after the last of theirs", (l, a, f) ->
                        latestProgrammeEnded(l, a) && l.learningDeliveries().stream().anyMatch(c ->
                                sameProgramme(c, a) && componentNotEnglishOrMaths(c, f)
                                        && after(c.learnActEndDate(), a.learnActEndDate())));
        rules.aim("R_90", "LearnActEndDate", IlrFix.APPRENTICESHIP,
                "The apprenticeship has ended but one of its component aims (not English or maths) has no actual end "
                        + "date: record when and how it ended", (l, a, f) -> latestProgrammeEnded(l, a)
                        && l.learningDeliveries().stream().anyMatch(c -> sameProgramme(c, a)
                        && componentNotEnglishOrMaths(c, f) && c.learnActEndDate() == null));
        rules.learner("R_131", "DateLevelApp", IlrFix.LEARNER_ILR_DETAILS,
                "The learner's prior attainment is dated after their apprenticeship started: record their prior "
                        + "attainment as it was at the start", (l, f) -> {
                    var start = l.learningDeliveries().stream().filter(a -> Set.of(36, 35, 37, 38, 99, 81)
                                    .contains(a.fundModel())).map(IlrLearningDelivery::learnStartDate)
                            .filter(Objects::nonNull).min(Comparator.naturalOrder());
                    return start.isPresent() && !l.priorAttainment().isEmpty() && l.priorAttainment().stream()
                            .noneMatch(p -> p.dateLevelApplies() != null && !p.dateLevelApplies().isAfter(start.get()));
                });
    }

    /**
     * The aim is the learner's latest programme aim (by start date) and has an actual end date: the one {@code R_89}
     * and {@code R_90} compare its component aims with.
     */
    private static boolean latestProgrammeEnded(IlrLearner learner, IlrLearningDelivery aim) {
        return aim.aimType() == 1 && aim.learnActEndDate() != null
                && latestProgrammeAim(learner).map(latest -> latest == aim).orElse(false);
    }

    /** A component aim of the same programme: the same programme type and standard. */
    private static boolean sameProgramme(IlrLearningDelivery component, IlrLearningDelivery programme) {
        return component.aimType() == IlrLearningDelivery.COMPONENT_AIM
                && Objects.equals(component.progType(), programme.progType())
                && Objects.equals(component.stdCode(), programme.stdCode());
    }

    private static <T, K> boolean repeats(List<T> records, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        return records.stream().map(key).anyMatch(k -> !seen.add(k));
    }

    private static List<DeliveryFam> actsByDate(IlrLearningDelivery aim) {
        return aim.fams("ACT").stream().filter(m -> m.dateFrom() != null)
                .sorted(Comparator.comparing(DeliveryFam::dateFrom)).toList();
    }

    private static boolean overlapping(List<DeliveryFam> fams) {
        List<DeliveryFam> dated = fams.stream().filter(m -> m.dateFrom() != null)
                .sorted(Comparator.comparing(DeliveryFam::dateFrom)).toList();
        for (int i = 1; i < dated.size(); i++) {
            if (!dated.get(i).dateFrom().isAfter(end(dated.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate end(DeliveryFam fam) {
        return fam.dateTo() == null ? OPEN : fam.dateTo();
    }

    /** The programme aim of an apprenticeship standard funded as model 36, which carries the ACT records that count. */
    private static boolean standardFunded(IlrLearningDelivery aim) {
        return apprenticeshipFunded(aim) && standardProgramme(aim);
    }

    /** The learner has been made redundant (OET 1) on their latest employment status. */
    private static boolean redundant(IlrLearner learner) {
        return learner.employmentStatuses().stream().filter(e -> e.dateEmpStatApp() != null)
                .max(Comparator.comparing(IlrEmploymentStatus::dateEmpStatApp))
                .map(e -> e.monitoring().stream().anyMatch(m -> m.type().equals("OET") && m.code() == 1))
                .orElse(false);
    }

    /** A programme aim's effective end (the rule book's DD36): achievement, else actual end, else open. */
    private static LocalDate effectiveEnd(IlrLearningDelivery aim) {
        if (apprenticeship(aim) && aim.achDate() != null) {
            return aim.achDate();
        }
        return aim.learnActEndDate() != null ? aim.learnActEndDate() : OPEN;
    }
}
