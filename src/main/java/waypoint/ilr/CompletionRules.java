package waypoint.ilr;

import static waypoint.ilr.RuleSupport.*;

import java.time.LocalDate;
import java.util.Set;

/**
 * The official learning delivery rules about how an aim ended: completion status, outcome and grade, withdrawal
 * reason, achievement date, and a restart's original start date (docs/domain/ilr.md, "Checking a return before
 * upload").
 */
final class CompletionRules {

    private CompletionRules() {
    }

    static void define(IlrRuleSet rules) {
        ending(rules);
        restarts(rules);
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
}
