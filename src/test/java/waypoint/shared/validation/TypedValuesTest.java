package waypoint.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.DirectFieldBindingResult;

import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.support.FormsUnderTest;

/**
 * A date or a number typed in one box: the form record checks the text, then hands its service the value read; the
 * problems come in the order the form asks its questions.
 */
class TypedValuesTest {

    private static final Validator validator = FormsUnderTest.validator();

    record Form(@NotBlank(message = "Enter the date") @TypedDate(message = "Enter a real date") String on,
            @TypedNumber(message = "Enter a number") String hours,
            @NotBlank(message = "Enter the amount") @TypedNumber(pounds = true, message = "Enter pounds")
            String amount) {
    }

    @ParameterizedTest(name = "“{0}” reads as {1}")
    @CsvSource({"2026-04-27, 2026-04-27", "27/4/2026, 2026-04-27", "27 4 2026, 2026-04-27", "' 1.8.2025 ', 2025-08-01"})
    void a_date_typed_in_the_ways_people_write_it_reads_as_that_day(String typed, LocalDate day) {
        assertThat(TypedValues.date(typed)).contains(day);
    }

    @ParameterizedTest(name = "“{0}” is not a date")
    @CsvSource({"31/2/2026", "2026-02-30", "soon", "27/4/26"})
    void a_date_that_does_not_exist_is_not_read(String typed) {
        assertThat(TypedValues.date(typed)).isEmpty();
        assertThat(validator.validate(new Form(typed, null, "1"))).extracting(v -> v.getMessage())
                .containsExactly("Enter a real date");
    }

    @ParameterizedTest(name = "“{0}” in pounds is {1}")
    @CsvSource({"9000, 9000", "'£9,000.50', 9000.50", "-5, -5", "' 150 ', 150"})
    void an_amount_in_pounds_may_have_a_pound_sign_and_commas(String typed, BigDecimal amount) {
        assertThat(TypedValues.pounds(typed)).contains(amount);
    }

    @ParameterizedTest(name = "“{0}” is not a number")
    @CsvSource({"abc", "1e3", "'1,5'", "3 hours", "."})
    void text_that_is_not_a_plain_number_is_not_read(String typed) {
        assertThat(TypedValues.number(typed)).isEmpty();
        assertThat(validator.validate(new Form("1/8/2025", typed, "1"))).extracting(v -> v.getMessage())
                .containsExactly("Enter a number");
    }

    @Test
    void a_blank_box_passes_the_format_check_and_the_form_says_whether_it_is_needed() {
        assertThat(validator.validate(new Form("1/8/2025", " ", "1"))).isEmpty();
        assertThat(validator.validate(new Form(" ", null, "1"))).extracting(v -> v.getMessage())
                .containsExactly("Enter the date");
    }

    @Test
    void a_pages_problems_come_in_the_order_the_form_asks_them() {
        Form form = new Form("31/2/2026", "many", "");
        DirectFieldBindingResult result = new DirectFieldBindingResult(form, "form");

        assertThat(FormChecks.check(validator, result)).isFalse();

        assertThat(result.getFieldErrors()).extracting(e -> e.getField() + ": " + e.getDefaultMessage())
                .containsExactly("on: Enter a real date", "hours: Enter a number", "amount: Enter the amount");
        assertThatThrownBy(() -> FormChecks.require(validator, form)).isInstanceOfSatisfying(
                FieldValidationException.class, problem -> assertThat(problem.errors().keySet())
                        .containsExactly("on", "hours", "amount"));
    }

    record Row(@NotBlank(message = "Enter the name") String name,
            @TypedNumber(message = "Enter the hours as a number") String hours) {
    }

    record Rows(@NotBlank(message = "Enter the title") String title, List<@Valid Row> rows,
            @NotBlank(message = "Enter the note") String note) {
    }

    @Test
    void a_lists_problems_come_where_the_list_is_asked_entry_by_entry() {
        List<Row> rows = new ArrayList<>(Collections.nCopies(11, new Row("Ada", "7")));
        rows.set(0, new Row("", "lots"));
        rows.set(1, new Row("", null));
        rows.set(10, new Row("", null));
        Rows form = new Rows("", rows, "");

        assertThatThrownBy(() -> FormChecks.require(validator, form)).isInstanceOfSatisfying(
                FieldValidationException.class, problem -> assertThat(problem.errors().keySet()).containsExactly(
                        "title", "rows[0].name", "rows[0].hours", "rows[1].name", "rows[10].name", "note"));
    }
}
