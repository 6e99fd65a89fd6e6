package waypoint.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standard England and Wales bank holidays of a year, computed for years no gov.uk file covers: New Year's Day,
 * Good Friday, Easter Monday, the early May bank holiday (first Monday in May), the spring bank holiday (last Monday
 * in May), the summer bank holiday (last Monday in August), Christmas Day and Boxing Day. A fixed-date holiday that
 * falls at a weekend moves to the next weekday not already a holiday (a "substitute day"), as gov.uk lists them, e.g.
 * 27 and 28 December 2021. Source: Banking and Financial Dealings Act 1971, schedule 1, and the royal proclamations
 * that gov.uk publishes at https://www.gov.uk/bank-holidays. One-off changes (a jubilee, a coronation, a moved
 * early May holiday) cannot be foreseen, which is why these are marked estimated.
 */
public final class EstimatedBankHolidays {

    private EstimatedBankHolidays() {
    }

    public static List<BankHoliday> forYear(int year) {
        LocalDate easter = easterSunday(year);
        List<BankHoliday> holidays = new ArrayList<>(List.of(
                estimated(easter.minusDays(2), "Good Friday"),
                estimated(easter.plusDays(1), "Easter Monday"),
                estimated(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                        "Early May bank holiday"),
                estimated(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                        "Spring bank holiday"),
                estimated(LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                        "Summer bank holiday")));
        holidays.addAll(withSubstitutes(List.of(
                new Fixed(LocalDate.of(year, Month.JANUARY, 1), "New Year’s Day"))));
        holidays.addAll(withSubstitutes(List.of(
                new Fixed(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day"),
                new Fixed(LocalDate.of(year, Month.DECEMBER, 26), "Boxing Day"))));
        holidays.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(holidays);
    }

    /**
     * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), as printed in Nature, 1876, and
     * J. Meeus, Astronomical Algorithms (1991), chapter 8.
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private record Fixed(LocalDate date, String title) {
    }

    /**
     * Holidays that fall on a weekday keep their date; then each weekend one, in order, takes the next weekday that
     * is not already taken. So when Christmas is a Sunday, Boxing Day stays on Monday 26th and Christmas moves to
     * Tuesday 27th, as gov.uk listed 2022.
     */
    private static List<BankHoliday> withSubstitutes(List<Fixed> group) {
        Set<LocalDate> taken = new HashSet<>();
        group.stream().filter(f -> !isWeekend(f.date())).forEach(f -> taken.add(f.date()));
        List<BankHoliday> result = new ArrayList<>();
        for (Fixed holiday : group) {
            if (!isWeekend(holiday.date())) {
                result.add(estimated(holiday.date(), holiday.title()));
                continue;
            }
            LocalDate day = holiday.date();
            while (isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            result.add(new BankHoliday(day, holiday.title(), true, true));
        }
        return result;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static BankHoliday estimated(LocalDate date, String title) {
        return new BankHoliday(date, title, false, true);
    }
}
