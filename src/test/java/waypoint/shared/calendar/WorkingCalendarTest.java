package waypoint.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.ofShippedFile();

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource({
            "2026-12-24, true,  Thursday before Christmas",
            "2026-12-25, false, Christmas Day on a Friday",
            "2026-12-26, false, Saturday",
            "2026-12-28, false, Boxing Day substitute on Monday",
            "2026-12-29, true,  Tuesday after the substitute day",
            "2027-03-26, false, Good Friday 2027",
            "2027-03-29, false, Easter Monday 2027",
            "2020-05-08, false, the VE Day holiday the file lists",
            "2020-05-04, true,  the first Monday of May 2020 that the file moved",
            "2022-06-02, false, the Platinum Jubilee spring holiday",
            "2022-09-19, false, the State Funeral the file lists",
            "2023-05-08, false, the Coronation the file lists",
            "2028-01-03, false, New Year substitute computed for 2028",
            "2028-05-01, false, early May computed for 2028",
            "2028-05-02, true,  an ordinary Tuesday in 2028"})
    void a_working_day_is_a_weekday_that_is_not_a_bank_holiday(LocalDate date, boolean working, String why) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-12-18, 0, 2026-12-18",
            "2026-12-18, 1, 2026-12-21",
            "2026-12-18, 4, 2026-12-24",
            "2026-12-18, 5, 2026-12-29",
            "2026-12-18, 7, 2026-12-31",
            "2026-12-18, 8, 2027-01-04",
            "2026-12-24, 2, 2026-12-30",
            "2027-03-25, 1, 2027-03-30",
            "2027-03-24, 2, 2027-03-30",
            "2027-03-26, 1, 2027-03-30",
            "2027-12-24, 1, 2027-12-29",
            "2027-12-31, 1, 2028-01-04"})
    void adding_working_days_skips_weekends_and_bank_holidays(LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "between {0} and {1} there are {2} working days")
    @CsvSource({
            "2026-12-18, 2026-12-18, 0",
            "2026-12-18, 2027-01-04, 8",
            "2026-12-24, 2026-12-29, 1",
            "2026-12-24, 2026-12-28, 0",
            "2027-03-25, 2027-03-30, 1",
            "2026-01-01, 2026-12-31, 253"})
    void working_days_between_count_those_after_the_first_date_up_to_the_last(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void working_days_between_undoes_adding_working_days() {
        LocalDate start = LocalDate.of(2026, 12, 20);
        for (int days = 0; days <= 400; days += 7) {
            assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).isEqualTo(days);
        }
    }

    @Test
    void adding_a_negative_number_of_days_is_refused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counting_backwards_is_refused() {
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_shipped_file_holidays_are_used_as_listed_and_not_estimated() {
        assertThat(calendar.bankHolidaysIn(2022)).hasSize(10).noneMatch(BankHoliday::estimated);
        assertThat(calendar.bankHolidaysIn(2018).get(0)).isEqualTo(
                new BankHoliday(LocalDate.of(2018, 1, 1), "New Year’s Day", false, false));
    }

    @Test
    void years_the_file_does_not_cover_are_computed_and_marked_estimated() {
        assertThat(calendar.bankHolidaysIn(2028)).hasSize(8).allMatch(BankHoliday::estimated);
        assertThat(calendar.bankHolidaysIn(2017)).hasSize(8).allMatch(BankHoliday::estimated);
    }
}
