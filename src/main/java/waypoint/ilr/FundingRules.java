package waypoint.ilr;

import static waypoint.ilr.RuleSupport.*;

import java.time.LocalDate;
import java.util.Set;

/**
 * The official learning delivery rules about an aim's funding: source of funding, levy or non-levy funding (ACT) and
 * the other funding and monitoring (FAM) records with their dates, and the apprenticeship's prices and payments
 * (docs/domain/ilr.md, "Checking a return before upload").
 */
final class FundingRules {

    private FundingRules() {
    }

    static void define(IlrRuleSet rules) {
        fams(rules);
        prices(rules);
    }

    private static void fams(IlrRuleSet rules) {
        rules.aim("LearnDelFAMType_01", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "The source of funding (SOF) is missing on the aim: for an apprenticeship it is 105",
                (l, a, f) -> Set.of(25, 82, 35, 36, 37, 81, 10, 11, 38).contains(a.fundModel()) && count(a, "SOF") == 0);
        rules.aim("LearnDelFAMType_09", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "The source of funding of an apprenticeship must be the adult budget (SOF 105)",
                (l, a, f) -> Set.of(35, 38, 36, 81, 10, 11).contains(a.fundModel()) && count(a, "SOF") > 0
                        && !hasFam(a, "SOF", "105") && a.fams("SOF").stream().noneMatch(FundingRules::combinedAuthority));
        rules.aim("LearnDelFAMType_18", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "The aim has more than one record of a kind that is recorded once (such as the source of funding or "
                        + "the restart indicator): keep one", (l, a, f) -> Set.of("SOF", "FFI", "EEF", "RES", "ADL",
                        "ACL", "AFL", "ASL", "FLN").stream().anyMatch(type -> count(a, type) > 1));
        rules.aim("LearnDelFAMType_31", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "The aim has more than six learning delivery monitoring (LDM) codes: keep the six that apply",
                (l, a, f) -> count(a, "LDM") > 6);
        rules.aim("LearnDelFAMType_63", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "A levy or non-levy funding record (ACT) is given on an aim that is not part of a funded "
                        + "apprenticeship: remove it", (l, a, f) -> count(a, "ACT") > 0
                        && !(apprenticeshipFunded(a) && (a.aimType() == 1 || a.aimType() == 3)));
        rules.aim("LearnDelFAMType_64", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "The apprenticeship does not say whether it is levy or non-levy funded (ACT): record its funding",
                IlrFix.PRICES_AND_FUNDING, "The English or maths aim does not say whether the apprenticeship is levy "
                        + "or non-levy funded (ACT): it carries the apprenticeship's funding, so record that",
                (l, a, f) -> count(a, "ACT") == 0 && (fundedProgramme(a) || (a.aimType() == 3
                        && apprenticeshipFunded(a) && englishOrMaths(a, f).orElse(false))));
        rules.aim("LearnDelFAMType_92", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "Since 1 April 2021 new apprenticeships are funded through the apprenticeship service (ACT 1): a "
                        + "contract with the provider (ACT 2) is no longer recorded for a new start",
                (l, a, f) -> a.aimType() == 1 && onOrAfter(a.learnStartDate(), 2021, 4, 1) && hasFam(a, "ACT", "2")
                        && !restart(a));
        rules.aim("LearnDelFAMType_14", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "Enhanced apprenticeship funding (EEF) is recorded on an aim that is not a funded apprenticeship: "
                        + "remove it", (l, a, f) -> count(a, "EEF") > 0
                        && !(Set.of(35, 36, 81).contains(a.fundModel()) && apprenticeship(a)));
        rules.aim("LearnDelFAMType_68", "LearnDelFAMCode", IlrFix.PRICES_AND_FUNDING,
                "'Apprenticeship delivered to own employees' (LDM 356) is only recorded on an apprenticeship's "
                        + "programme aim", (l, a, f) -> hasFam(a, "LDM", "356") && !fundedProgramme(a));
        rules.aim("LearnDelFAMType_35", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "An advanced learner loan (ADL) is recorded on an aim not financed by a loan: remove it",
                (l, a, f) -> count(a, "ADL") > 0 && a.fundModel() != 99);
        rules.aim("LearnDelFAMType_38", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "An advanced learner loans bursary (ALB) is recorded on an aim not financed by a loan: remove it",
                (l, a, f) -> count(a, "ALB") > 0 && a.fundModel() != 99);
        rules.aim("LearnDelFAMType_22", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "A full or co-funding indicator (FFI) is recorded on an apprenticeship: apprenticeships do not use it",
                (l, a, f) -> count(a, "FFI") > 0 && !Set.of(35, 37, 38, 81, 11, 10).contains(a.fundModel()));
        rules.aim("LearnDelFAMType_50", "LearnDelFAMType", IlrFix.PRICES_AND_FUNDING,
                "Learning support funding (LSF) is recorded on an aim funded without it: remove it",
                (l, a, f) -> count(a, "LSF") > 0 && Set.of(25, 82, 10, 99).contains(a.fundModel()));
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

    /** The FAM types that carry dates: learning support, levy or non-levy funding, loans bursary, event indicator. */
    private static boolean dated(IlrLearningDelivery.DeliveryFam fam) {
        return Set.of("LSF", "ACT", "ALB", "EVI").contains(fam.type());
    }

    /** A source of funding from a combined authority (the rule book's DD35: SOF 110 to 120). */
    private static boolean combinedAuthority(IlrLearningDelivery.DeliveryFam sof) {
        return matches(COMBINED_AUTHORITY_FUNDING, sof.code());
    }
}
