package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates typed into forms: as the hints show them, as people write them, and as the API sends them. */
class DateTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"27 3 2026", "27/3/2026", "27/03/2026", " 27  3  2026 ", "27-3-2026", "27.3.2026",
            "27 / 3 / 2026", "2026-03-27"})
    void a_date_typed_as_the_hint_shows_it_or_as_people_write_it_is_read(String typed) {
        assertThat(DateText.parse(typed)).contains(LocalDate.of(2026, 3, 27));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30 2 2026", "31/4/2026", "27 13 2026", "27 3 26", "27 March 2026", "tomorrow", "27 3",
            "2026-02-30", ""})
    void something_that_is_not_a_real_date_is_not_read(String typed) {
        assertThat(DateText.parse(typed)).isEmpty();
    }

    @Test
    void a_kept_date_is_shown_again_as_the_hints_show_it_and_what_was_typed_is_shown_as_it_was() {
        assertThat(DateText.typedAgain("2026-03-27")).isEqualTo("27 3 2026");
        assertThat(DateText.typedAgain("27-03-2026")).isEqualTo("27-03-2026");
        assertThat(DateText.typedAgain("2026-02-30")).isEqualTo("2026-02-30");
        assertThat(DateText.typedAgain("next week")).isEqualTo("next week");
        assertThat(DateText.typedAgain(null)).isNull();
    }
}
