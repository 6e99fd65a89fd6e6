package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import waypoint.shared.money.Money;

/**
 * How numbers and dates read in explanations: “37.5 h”, “1 August 2025”, “£1,350.00”, “30%”. The rules depend on no
 * other part of Waypoint, so they keep their own date pattern and currency format; {@code WordsTest} holds them to
 * the one GOV.UK date helper's words (docs/domain/dates-and-times.md) and to the money helper's amounts with pence.
 */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
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
     * One currency format per thread, made once: making it for every amount (it compiles its pattern each time) was
     * two fifths of the funding forecast's time at 100,000 apprenticeships (docs/domain/funding-rules.md, "The
     * forecast"). A format is not safe to share between threads, hence one each.
     */
    private static final ThreadLocal<NumberFormat> POUNDS = ThreadLocal.withInitial(
            () -> NumberFormat.getCurrencyInstance(Locale.UK));

    static String pounds(BigDecimal value) {
        return POUNDS.get().format(value.setScale(2, RoundingMode.HALF_UP));
    }

    static String pounds(Money value) {
        return pounds(value.pounds());
    }

    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
