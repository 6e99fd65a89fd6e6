package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import waypoint.shared.money.GovUkMoney;
import waypoint.rules.EnglishAndMaths;
import waypoint.rules.EnglishAndMaths.DecidedBy;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.money.Money;

/** How the calculator's answers read on the page and in the API's notes: 417.0 hours, 25 November 2024, £300.00. */
final class ResultWords {

    private ResultWords() {
    }

    static String hours(BigDecimal hours) {
        return hours.setScale(1, RoundingMode.HALF_UP).toPlainString() + " hours";
    }

    static String date(LocalDate date) {
        return GovUkDates.date(date);
    }

    static String days(long days) {
        return GovUkDates.days(days);
    }

    static String pounds(Money pounds) {
        return GovUkMoney.withPence(pounds);
    }

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    /** Whether required, at what level, and who decides (an adult's employer, from 11 February 2025 starts). */
    static String englishAndMaths(EnglishAndMaths englishAndMaths) {
        String level = englishAndMaths.level().label();
        if (englishAndMaths.decidedBy() == DecidedBy.EMPLOYER) {
            return englishAndMaths.required()
                    ? "Required at " + level + ": the employer's choice"
                    : "Not required unless the employer includes them: the employer decides, in the initial"
                            + " assessment and training plan (at " + level + " if included)";
        }
        return englishAndMaths.required()
                ? "Required at " + level + " by the funding rules"
                : "Not required by the funding rules";
    }
}
