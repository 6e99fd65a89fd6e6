package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.BreakInLearning;
import waypoint.otj.internal.EntryDraft;
import waypoint.otj.internal.EntryRules;
import waypoint.otj.internal.ValidEntry;
import waypoint.shared.web.FieldValidationException;

/** The rules every off-the-job entry follows (docs/domain/off-the-job-hours.md, Logging), each as a field error. */
class EntryRulesTest {

    private static final EntryRules.Facts FACTS = new EntryRules.Facts(
            LocalDateTime.of(2026, 3, 2, 17, 30), LocalDate.of(2025, 9, 1),
            List.of(new BreakInLearning(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1))),
            null, new BigDecimal("37.5"), Set.of("THEORY", "ONLINE_LEARNING"), Set.of("K1", "S1"));

    /** An entry on that day, from a start to an end time or lasting {@code hours}. */
    private static EntryDraft draft(String date, String start, String end, String hours) {
        return new EntryDraft(LocalDate.parse(date), start == null ? null : LocalTime.parse(start),
                end == null ? null : LocalTime.parse(end),
                hours == null ? null : new BigDecimal(hours).multiply(BigDecimal.valueOf(60)), "THEORY",
                "Lecture on testing", List.of("K1"), null);
    }

    private static ValidEntry check(EntryDraft draft, List<EntryRules.SameDay> sameDay) {
        return EntryRules.check(draft, FACTS, date -> sameDay);
    }

    private static String errorOn(String field, EntryDraft draft, List<EntryRules.SameDay> sameDay) {
        try {
            check(draft, sameDay);
        } catch (FieldValidationException invalid) {
            return invalid.errors().get(field);
        }
        throw new AssertionError("no error");
    }

    @Test
    void times_on_the_quarter_hour_give_the_duration() {
        ValidEntry entry = check(draft("2026-02-27", "09:00", "12:30", null), List.of());
        assertThat(entry.minutes()).isEqualTo(210);
        assertThat(check(draft("2026-02-27", null, null, "1.75"), List.of()).minutes()).isEqualTo(105);
    }

    @Test
    void a_date_in_the_future_before_the_start_or_in_a_break_is_refused() {
        assertThat(errorOn("date", draft("2026-03-03", null, null, "1"), List.of())).contains("future");
        assertThat(errorOn("date", draft("2025-08-31", null, null, "1"), List.of())).contains("before the apprenticeship");
        assertThat(errorOn("date", draft("2025-11-15", null, null, "1"), List.of())).contains("break in learning");
        assertThat(check(draft("2025-12-01", null, null, "1"), List.of()).minutes()).isEqualTo(60);
    }

    @Test
    void a_date_after_gateway_is_refused() {
        EntryRules.Facts afterGateway = new EntryRules.Facts(FACTS.now(), FACTS.start(), List.of(),
                LocalDate.of(2026, 2, 1), FACTS.weeklyHours(), FACTS.activityTypes(), FACTS.ksbCodes());
        assertThatThrownBy(() -> EntryRules.check(draft("2026-02-02", null, null, "1"), afterGateway, d -> List.of()))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("after learning ended");
    }

    @Test
    void a_duration_must_be_above_zero_in_quarter_hours() {
        assertThat(errorOn("duration", draft("2026-02-27", null, null, "0"), List.of())).contains("more than 0");
        assertThat(errorOn("duration", draft("2026-02-27", null, null, "1.1"), List.of())).contains("quarter hours");
        assertThat(errorOn("endTime", draft("2026-02-27", "10:00", "09:00", null), List.of())).contains("after the start");
        assertThat(errorOn("startTime", draft("2026-02-27", "09:10", "10:00", null), List.of())).contains("quarter hour");
    }

    @Test
    void an_overlap_with_another_entry_of_the_learner_is_refused() {
        var other = new EntryRules.SameDay(LocalTime.of(11, 0), LocalTime.of(13, 0), 120);
        assertThat(errorOn("startTime", draft("2026-02-27", "09:00", "11:15", null), List.of(other))).contains("overlaps");
        assertThat(check(draft("2026-02-27", "09:00", "11:00", null), List.of(other)).minutes()).isEqualTo(120);
    }

    @Test
    void a_day_holds_at_most_24_hours_and_above_the_contracted_day_warns() {
        var other = new EntryRules.SameDay(null, null, 20 * 60);
        assertThat(errorOn("duration", draft("2026-02-27", null, null, "5"), List.of(other))).contains("24 hours");
        // 37.5 / 5 = 7.5 hours a day
        ValidEntry long_ = check(draft("2026-02-27", null, null, "8"), List.of());
        assertThat(long_.warnings()).singleElement().asString().contains("more than the contracted 7.5 hours a day");
    }

    @Test
    void a_description_and_an_activity_type_of_the_list_are_needed_and_ksbs_come_from_the_standard() {
        LocalDate day = LocalDate.of(2026, 2, 27);
        assertThat(errorOn("activityType", EntryDraft.lasting(day, 60, "", "Lecture", List.of()), List.of()))
                .isEqualTo("Choose the type of activity");
        assertThat(errorOn("activityType", EntryDraft.lasting(day, 60, "KNITTING", "Lecture", List.of()), List.of()))
                .isEqualTo("Choose a type of activity from the list");
        assertThat(errorOn("description", EntryDraft.lasting(day, 60, "THEORY", " ", List.of()), List.of()))
                .isEqualTo("Describe what you learned");
        assertThat(errorOn("ksbs", EntryDraft.lasting(day, 60, "THEORY", "Lecture", List.of("K9")), List.of()))
                .isEqualTo("Choose KSBs of the standard: K9 is not one");
    }

    @Test
    void one_time_without_the_other_or_neither_times_nor_a_duration_is_refused() {
        assertThat(errorOn("startTime", draft("2026-02-27", null, "10:00", null), List.of()))
                .isEqualTo("Enter the start time, or leave both times empty and enter a duration");
        assertThat(errorOn("endTime", draft("2026-02-27", "09:00", null, null), List.of()))
                .isEqualTo("Enter the end time, or leave both times empty and enter a duration");
        assertThat(errorOn("duration", draft("2026-02-27", null, null, null), List.of()))
                .isEqualTo("Enter the start and end times, or the duration in hours");
    }

    @Test
    void an_activity_of_today_cannot_end_later_than_now() {
        // now is 17:30 on 2 March 2026
        assertThat(errorOn("endTime", draft("2026-03-02", "16:00", "18:00", null), List.of()))
                .contains("cannot be later than now (17:30)");
        assertThat(check(draft("2026-03-02", "16:00", "17:30", null), List.of()).minutes()).isEqualTo(90);
        assertThat(errorOn("duration", draft("2026-03-02", null, null, "18"), List.of()))
                .contains("longer than the time since midnight (17.5 hours)");
        assertThat(check(draft("2026-03-02", null, null, "7.5"), List.of()).minutes()).isEqualTo(450);
        // yesterday's activity may end at any time of that day
        assertThat(check(draft("2026-03-01", "16:00", "18:00", null), List.of()).minutes()).isEqualTo(120);
    }
}
