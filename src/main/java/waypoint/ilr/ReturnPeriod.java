package waypoint.ilr;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A return period of a collection year: R01 (August) to R12 (July), then R13 and R14 after the year closes, for late
 * corrections (docs/domain/ilr.md, "Collection years and return periods").
 */
public record ReturnPeriod(int number) implements Comparable<ReturnPeriod> {

    public ReturnPeriod {
        if (number < 1 || number > 14) {
            throw new IllegalArgumentException("A return period is R01 to R14");
        }
    }

    /** "R05". */
    public static ReturnPeriod named(String name) {
        if (name == null || !name.matches("R(0[1-9]|1[0-4])")) {
            throw new IllegalArgumentException("A return period is written R01 to R14");
        }
        return new ReturnPeriod(Integer.parseInt(name.substring(1)));
    }

    /** The period a date falls in, within the year containing it (R01 to R12). */
    public static ReturnPeriod containing(LocalDate date) {
        return new ReturnPeriod((date.getMonthValue() + 4) % 12 + 1);
    }

    public String name() {
        return "R%02d".formatted(number);
    }

    /** The month the period covers; R13 and R14 cover the year's last month, July, again. */
    public YearMonth month(IlrYear year) {
        int startYear = 2000 + Integer.parseInt(year.code().substring(0, 2));
        int n = Math.min(number, 12);
        return YearMonth.of(startYear, 8).plusMonths(n - 1L);
    }

    /** The last day of learning the return counts: the end of its month (31 July for R12 to R14). */
    public LocalDate lastDay(IlrYear year) {
        return month(year).atEndOfMonth();
    }

    @Override
    public int compareTo(ReturnPeriod other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return name();
    }
}
