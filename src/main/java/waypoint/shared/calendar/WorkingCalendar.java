package waypoint.shared.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static waypoint.shared.calendar.EstimatedBankHolidays.isWeekend;

/**
 * Working days in England and Wales: Monday to Friday and not a bank holiday (docs/domain/working-days.md; the
 * holidays are the {@code england-and-wales} division of the gov.uk file, computed and marked estimated for years
 * no file covers). Deadlines such as "respond within 10 working days" (the complaints policy) are counted with it.
 * <p>
 * The application's bean follows the newest uploaded file; {@link #ofShippedFile()} gives one for unit tests.
 */
public class WorkingCalendar {

    private final Supplier<BankHolidays> holidays;

    public WorkingCalendar(Supplier<BankHolidays> holidays) {
        this.holidays = holidays;
    }

    /** A calendar on the file shipped with Waypoint, for code and tests that run without the application. */
    public static WorkingCalendar ofShippedFile() {
        BankHolidays shipped = BankHolidays.listed(BankHolidaysFile.shipped());
        return new WorkingCalendar(() -> shipped);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !holidays.get().isBankHoliday(date);
    }

    /**
     * The date {@code days} working days after {@code from}: day 1 is the first working day after {@code from}, so
     * "acknowledge within 2 working days" of a Friday complaint means by Tuesday. Zero days is {@code from} itself.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        BankHolidays known = holidays.get();
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (!isWeekend(date) && !known.isBankHoliday(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * How many working days fall after {@code from} up to and including {@code to}: the inverse of
     * {@link #addWorkingDays}, so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. The same date gives 0;
     * {@code to} must not be before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        BankHolidays known = holidays.get();
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (!isWeekend(date) && !known.isBankHoliday(date)) {
                count++;
            }
        }
        return count;
    }

    /** The year's England and Wales bank holidays in date order, the computed ones marked estimated. */
    public List<BankHoliday> bankHolidaysIn(int year) {
        return holidays.get().inYear(year);
    }
}
