package waypoint.otj.web;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.support.FormsUnderTest.problems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.otj.internal.EntryDraft;

/**
 * What an off-the-job entry's form checks of what was typed (docs/domain/off-the-job-hours.md, Logging), in the
 * form's order and its words; the entry's own rules come after, on the typed values it hands on.
 */
class EntryFormTest {

    private static EntryForm typed(String date, String start, String end, String duration) {
        return new EntryForm(date, start, end, duration, "THEORY", "Lecture on testing", List.of("K1"), null, null,
                null, null, null);
    }

    @Test
    void an_empty_form_asks_for_the_date_the_time_or_duration_the_type_and_what_was_learned_in_that_order() {
        EntryForm empty = new EntryForm("", "", "", "", "", " ", null, "", "", "", null, null);
        assertThat(problems(empty)).containsExactly(
                Map.entry("date", "Enter the date of the activity"),
                Map.entry("duration", "Enter the start and end times, or the duration in hours"),
                Map.entry("activityType", "Choose the type of activity"),
                Map.entry("description", "Describe what you learned"));
    }

    @Test
    void dates_times_durations_links_and_weeks_must_be_readable() {
        assertThat(problems(typed("31/2/2026", null, null, "1"))).containsExactly(
                Map.entry("date", "The date must be a real date, like 27/4/2026"));
        assertThat(problems(typed("27/2/2026", "9am", "25:00", null))).containsExactly(
                Map.entry("startTime", "The start time must be a time, like 09:30 or 14:00"),
                Map.entry("endTime", "The end time must be a time, like 09:30 or 14:00"));
        assertThat(problems(typed("27/2/2026", null, null, "an hour"))).containsExactly(
                Map.entry("duration", "The duration must be a number of hours, like 1.5 or 1:30"));
        EntryForm wrongLink = new EntryForm("27/2/2026", null, null, "1", "THEORY", "Lecture", List.of(),
                "portfolio.example/1", "12", "four", null, null);
        assertThat(problems(wrongLink)).containsExactly(
                Map.entry("evidenceLink", "The evidence link must start with https://"),
                Map.entry("portfolioEvidenceId", "Choose evidence from the apprentice's portfolio"),
                Map.entry("weeks", "Enter how many weeks, like 4"));
    }

    @Test
    void what_was_typed_reaches_the_rules_as_a_date_times_and_minutes() {
        EntryDraft times = typed("27/2/2026", "9.30", "12:00", null).draft();
        assertThat(times.date()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(times.startTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(times.endTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(typed("2026-02-27", null, null, "1:45").draft().minutes()).isEqualByComparingTo("105");
        assertThat(typed("2026-02-27", null, null, "1.5").draft().minutes()).isEqualByComparingTo("90");
        assertThat(typed("2026-02-27", null, null, "1.5").repeats()).isEqualTo(1);
        // minutes that are not whole are left for the rules to refuse as not on the quarter hour
        assertThat(typed("2026-02-27", null, null, "0.33").draft().minutes()).isEqualByComparingTo(
                new BigDecimal("19.8"));
        assertThat(problems(typed("2026-02-27", "09:00", "10:30", null))).isEmpty();
    }
}
