package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.enrolment.BreakInLearning;
import waypoint.review.internal.ReviewSchedule;
import waypoint.rules.ReviewCadence;

/**
 * When reviews fall due: 12 weeks for starts before August 2025 (the learner handbook, “Progress Reviews”; funding
 * rules 2022-23), by the end of the third calendar month for 2025-26 starts (docs/domain/funding-rules.md), or a
 * provider's stricter weeks; a break in learning pauses the clock.
 */
class ReviewScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate due(LocalDate start, Integer providerWeeks, LocalDate anchor, boolean first,
            List<BreakInLearning> breaks) {
        ReviewCadence cadence = ReviewSchedule.cadence(start, Optional.ofNullable(providerWeeks));
        return ReviewSchedule.due(cadence, anchor, first, breaks).map(ReviewSchedule.Due::date).orElse(null);
    }

    @ParameterizedTest(name = "start {0}, provider every {1} weeks, {2} {3} → due by {4}")
    @CsvSource(nullValues = "-", value = {
            // 12 weeks (the 2022-25 pack): from a start on 29 February, and from a review on 31 August
            "2024-02-29, -, 2024-02-29, first, 2024-05-23",
            "2024-02-29, -, 2024-08-31, next, 2024-11-23",
            "2023-01-02, -, 2023-01-02, first, 2023-03-27",
            // the end of the third calendar month (2025-26 starts): a review on 31 August, a start on 29 February
            "2025-08-01, -, 2025-08-01, first, 2025-11-30",
            "2025-08-01, -, 2025-08-31, next, 2025-11-30",
            "2028-02-29, -, 2028-02-29, first, 2028-05-31",
            "2025-09-01, -, 2025-11-30, next, 2026-02-28",
            "2027-09-01, -, 2027-11-30, next, 2028-02-29",
            // a provider's stricter cadence wins; a looser one does not
            "2025-08-01, 8, 2025-08-01, first, 2025-09-26",
            "2025-08-01, 20, 2025-08-01, first, 2025-11-30",
            "2025-08-01, 16, 2025-08-01, first, 2025-11-21",
            "2024-02-29, 10, 2024-08-31, next, 2024-11-09",
            "2024-02-29, 12, 2024-08-31, next, 2024-11-23"})
    void reviews_fall_due_by_the_rule_pack_or_the_providers_stricter_cadence(String start, Integer weeks,
            String anchor, String which, String expected) {
        assertThat(due(d(start), weeks, d(anchor), "first".equals(which), List.of())).isEqualTo(d(expected));
    }

    @Test
    void a_break_in_learning_pauses_the_twelve_week_clock_by_its_length() {
        List<BreakInLearning> breaks = List.of(new BreakInLearning(d("2025-02-03"), d("2025-03-03"), d("2025-03-03")));
        assertThat(due(d("2025-01-06"), null, d("2025-01-06"), true, List.of())).isEqualTo(d("2025-03-31"));
        assertThat(due(d("2025-01-06"), null, d("2025-01-06"), true, breaks)).isEqualTo(d("2025-04-28"));
    }

    @Test
    void a_break_in_learning_pauses_the_calendar_month_clock_by_its_length() {
        List<BreakInLearning> breaks = List.of(new BreakInLearning(d("2025-10-01"), d("2025-11-01"), d("2025-11-01")));
        assertThat(due(d("2025-08-01"), null, d("2025-08-31"), false, breaks)).isEqualTo(d("2026-01-31"));
    }

    @Test
    void nothing_is_due_while_a_break_goes_on() {
        List<BreakInLearning> breaks = List.of(new BreakInLearning(d("2025-02-03"), d("2025-06-03"), null));
        assertThat(due(d("2025-01-06"), null, d("2025-01-06"), true, breaks)).isNull();
    }

    @Test
    void breaks_before_the_last_review_or_after_the_due_date_do_not_move_it() {
        List<BreakInLearning> breaks = List.of(
                new BreakInLearning(d("2024-10-01"), d("2024-11-01"), d("2024-11-01")),
                new BreakInLearning(d("2025-04-01"), d("2025-05-01"), d("2025-05-01")));
        assertThat(due(d("2024-09-02"), null, d("2025-01-06"), false, breaks)).isEqualTo(d("2025-03-31"));
    }

    @Test
    void a_second_break_that_starts_within_the_moved_period_moves_it_again() {
        List<BreakInLearning> breaks = List.of(
                new BreakInLearning(d("2025-02-03"), d("2025-03-03"), d("2025-03-03")),
                new BreakInLearning(d("2025-04-07"), d("2025-04-14"), d("2025-04-14")));
        assertThat(due(d("2025-01-06"), null, d("2025-01-06"), true, breaks)).isEqualTo(d("2025-05-05"));
    }

    @Test
    void the_due_date_says_why_citing_the_rule() {
        ReviewCadence cadence = ReviewSchedule.cadence(d("2025-08-01"), Optional.empty());
        assertThat(ReviewSchedule.due(cadence, d("2025-08-31"), false, List.of()).orElseThrow().explanation())
                .contains("third calendar month").contains("30 November 2025");
    }
}
