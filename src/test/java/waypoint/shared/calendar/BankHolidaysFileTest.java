package waypoint.shared.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysFileTest {

    @Test
    void the_shipped_file_lists_england_and_wales_from_2018_to_2027() {
        BankHolidays shipped = BankHolidays.listed(BankHolidaysFile.shipped());
        assertThat(shipped.firstYearCovered()).isEqualTo(2018);
        assertThat(shipped.lastYearCovered()).isEqualTo(2027);
        assertThat(BankHolidaysFile.shipped()).hasSize(83).noneMatch(BankHoliday::estimated);
    }

    @Test
    void substitute_days_are_read_from_the_notes() {
        assertThat(BankHolidaysFile.shipped()).contains(
                new BankHoliday(LocalDate.of(2027, 12, 28), "Boxing Day", true, false));
    }

    @Test
    void other_divisions_are_ignored() {
        String json = """
                {"scotland": {"division": "scotland", "events": [{"title": "St Andrew’s Day", "date": "2028-11-30"}]},
                 "england-and-wales": {"division": "england-and-wales", "events": [{"title": "New Year’s Day", "date": "2029-01-01"}]}}""";
        assertThat(BankHolidaysFile.parse(json.getBytes(UTF_8)))
                .containsExactly(new BankHoliday(LocalDate.of(2029, 1, 1), "New Year’s Day", false, false));
    }

    @ParameterizedTest(name = "{0} is rejected: {2}")
    @CsvSource(delimiter = '|', value = {
            "an empty file        | ''                                                                    | The selected file is empty",
            "not JSON             | 'bank holidays'                                                       | must be a JSON file",
            "another shape        | '[1, 2, 3]'                                                           | ‘england-and-wales’ division",
            "no England and Wales | '{\"scotland\": {\"events\": [{\"title\": \"x\", \"date\": \"2028-01-01\"}]}}' | ‘england-and-wales’ division",
            "no events            | '{\"england-and-wales\": {\"events\": []}}'                          | ‘england-and-wales’ division",
            "an untitled event    | '{\"england-and-wales\": {\"events\": [{\"date\": \"2028-01-01\"}]}}' | Event 1 of ‘england-and-wales’ in the selected file has no title",
            "an impossible date   | '{\"england-and-wales\": {\"events\": [{\"title\": \"x\", \"date\": \"2028-02-30\"}]}}' | must have a real date in the format YYYY-MM-DD",
            "a date in UK format  | '{\"england-and-wales\": {\"events\": [{\"title\": \"x\", \"date\": \"25/12/2028\"}]}}' | must have a real date",
            "a date as a number   | '{\"england-and-wales\": {\"events\": [{\"title\": \"x\", \"date\": 20281225}]}}' | must have a real date"})
    void a_file_not_in_the_gov_uk_shape_is_rejected_whole(String what, String content, String message) {
        assertThatThrownBy(() -> BankHolidaysFile.parse(content.getBytes(UTF_8)))
                .isInstanceOf(InvalidBankHolidaysFileException.class)
                .hasMessageContaining(message);
    }

    @Test
    void one_bad_event_among_good_ones_rejects_the_whole_file() {
        String json = """
                {"england-and-wales": {"events": [{"title": "New Year’s Day", "date": "2029-01-01"},
                                                  {"title": "Good Friday", "date": "2029-13-30"}]}}""";
        assertThatThrownBy(() -> BankHolidaysFile.parse(json.getBytes(UTF_8)))
                .hasMessageContaining("Event 2 (Good Friday)");
    }
}
