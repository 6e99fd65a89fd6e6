package waypoint.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EstimatedBankHolidaysTest {

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
            "2018, 2018-04-01", "2019, 2019-04-21", "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17",
            "2024, 2024-03-31", "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21",
            "2038, 2038-04-25", "2100, 2100-03-28", "2285, 2285-03-22"})
    void easter_sunday_follows_the_anonymous_gregorian_algorithm(int year, LocalDate easter) {
        assertThat(EstimatedBankHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{1} {0} is a substitute day for {2}")
    @CsvSource({
            "2021-12-27, Saturday Christmas moves to Monday, Christmas Day",
            "2021-12-28, Sunday Boxing Day moves to Tuesday, Boxing Day",
            "2022-01-03, Saturday New Year moves to Monday, New Year’s Day",
            "2022-12-27, Sunday Christmas moves past Boxing Day on Monday to Tuesday, Christmas Day",
            "2023-01-02, Sunday New Year moves to Monday, New Year’s Day",
            "2027-12-27, Saturday Christmas moves to Monday, Christmas Day",
            "2027-12-28, Sunday Boxing Day moves to Tuesday, Boxing Day",
            "2028-01-03, Saturday New Year moves to Monday, New Year’s Day",
            "2032-12-28, Saturday Boxing Day moves to Tuesday after Christmas on Monday, Boxing Day"})
    void a_fixed_holiday_at_a_weekend_moves_to_the_next_free_weekday(LocalDate date, String why, String title) {
        assertThat(EstimatedBankHolidays.forYear(date.getYear()))
                .contains(new BankHoliday(date, title, true, true));
    }

    @Test
    void when_christmas_is_a_sunday_boxing_day_keeps_its_monday() {
        assertThat(EstimatedBankHolidays.forYear(2022))
                .contains(new BankHoliday(LocalDate.of(2022, 12, 26), "Boxing Day", false, true));
    }

    @ParameterizedTest(name = "the computed holidays of {0} are the ones gov.uk lists")
    @ValueSource(ints = {2018, 2019, 2021, 2024, 2025, 2026, 2027})
    void computed_holidays_match_the_gov_uk_file_in_years_without_one_off_changes(int year) {
        List<LocalDate> listed = BankHolidays.listed(BankHolidaysFile.shipped()).inYear(year).stream()
                .map(BankHoliday::date).toList();
        assertThat(EstimatedBankHolidays.forYear(year)).extracting(BankHoliday::date).containsExactlyElementsOf(listed);
    }

    @Test
    void the_eight_standard_holidays_of_2028_are_computed_and_estimated() {
        assertThat(EstimatedBankHolidays.forYear(2028)).extracting(BankHoliday::date).containsExactly(
                LocalDate.of(2028, 1, 3), LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17), LocalDate.of(2028, 5, 1),
                LocalDate.of(2028, 5, 29), LocalDate.of(2028, 8, 28), LocalDate.of(2028, 12, 25), LocalDate.of(2028, 12, 26));
        assertThat(EstimatedBankHolidays.forYear(2028)).allMatch(BankHoliday::estimated);
    }
}
