package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import waypoint.shared.money.GovUkMoney;
import waypoint.shared.money.Money;
import waypoint.shared.time.GovUkDates;

/**
 * How numbers and dates read in explanations: “37.5 h”, “1 August 2025”, “£1,350.00”, “30%”. Dates and amounts read
 * as on every page: through the one GOV.UK date helper ({@link GovUkDates}, docs/domain/dates-and-times.md) and the
 * one money helper ({@link GovUkMoney}), both pure formatters the rule packs may use (docs/adr/0015, amended).
 */
final class Words {

    private Words() {
    }

    static String date(LocalDate date) {
        return GovUkDates.date(date);
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** One decimal place always, as the rules round to it: “7.0”, “52.1”. */
    static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String hours(BigDecimal value) {
        return number(value) + " h";
    }

    static String percent(BigDecimal value) {
        return number(value) + "%";
    }

    /**
     * Always with pence, rounded to the penny half up: “£1,350.00”. Called for every amount of the funding forecast;
     * {@link GovUkMoney} keeps one format per thread for that reason (read its comment).
     */
    static String pounds(BigDecimal value) {
        return GovUkMoney.withPence(value);
    }

    /** Always with pence: “£1,350.00”. */
    static String pounds(Money value) {
        return GovUkMoney.withPence(value);
    }

    static String days(long days) {
        return GovUkDates.days(days);
    }
}
