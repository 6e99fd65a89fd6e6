package waypoint.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.support.FormsUnderTest;

/**
 * The GOV.UK date input's three boxes read as a date, with the Design System's error messages
 * (docs/domain/identifiers.md, "Dates typed in three boxes").
 */
class DateInputTest {

    private static final Validator validator = FormsUnderTest.validator();

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "27 | 3  | 2007 | -",
            "' 1 ' | 02 | 2024 | -",
            "29 | 2  | 2024 | -",
            "-  | -  | -    | -",
            "'' | '' | ''   | -",
            "27 | -  | 2007 | Date of birth must include a month",
            "-  | 3  | 2007 | Date of birth must include a day",
            "27 | 3  | -    | Date of birth must include a year",
            "-  | -  | 2007 | Date of birth must include a day and month",
            "27 | 3  | 07   | Year of birth must include 4 numbers",
            "27 | 3  | 20x7 | Year of birth must include 4 numbers",
            "29 | 2  | 2023 | Date of birth must be a real date",
            "31 | 13 | 2007 | Date of birth must be a real date",
            "x  | 3  | 2007 | Date of birth must be a real date",
    })
    void what_is_wrong_is_said_in_the_gov_uk_words(String day, String month, String year, String problem) {
        DateInput typed = new DateInput(day, month, year);
        assertThat(typed.problem("Date of birth", "Year of birth").orElse(null)).isEqualTo(problem);
        assertThat(typed.date().isPresent()).isEqualTo(problem == null && !typed.isBlank());
    }

    @Test
    void a_saved_date_fills_the_three_boxes_and_reads_back_the_same() {
        DateInput boxes = DateInput.of(LocalDate.of(2007, 3, 27));
        assertThat(boxes).isEqualTo(new DateInput("27", "3", "2007"));
        assertThat(boxes.date()).contains(LocalDate.of(2007, 3, 27));
        assertThat(DateInput.of(null).isBlank()).isTrue();
    }

    @DateFields(prefix = "birth", what = "Date of birth", year = "Year of birth")
    @DateFields(prefix = "start", what = "Start date", required = "Enter the start date")
    record Form(String name, String birthDay, String birthMonth, String birthYear, String startDay, String startMonth,
            String startYear) {
    }

    private List<String> problems(Form form) {
        return validator.validate(form).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                .toList();
    }

    @Test
    void a_form_record_names_its_three_boxes_and_the_error_is_on_the_day_box() {
        assertThat(problems(new Form("Ada", "27", "3", "2007", "1", "9", "2025"))).isEmpty();
        assertThat(problems(new Form("Ada", "27", null, "2007", "31", "9", "2025"))).containsExactly(
                "birthDay: Date of birth must include a month", "startDay: Start date must be a real date");
    }

    @Test
    void a_date_left_out_passes_unless_the_form_needs_it() {
        assertThat(problems(new Form("Ada", null, null, null, "", " ", null)))
                .containsExactly("startDay: Enter the start date");
    }
}
