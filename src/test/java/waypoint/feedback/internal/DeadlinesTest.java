package waypoint.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.shared.calendar.WorkingCalendar;

/** Every deadline of the complaints policy (the complaints policy) counted on the England and Wales working calendar. */
class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(WorkingCalendar.ofShippedFile(), FeedbackSettings.seedDefaults());

    @ParameterizedTest(name = "received {0} ({1}): acknowledge by {2}, stage 2 response by {3}")
    @CsvSource({
            // a Friday before the spring bank holiday Monday (25 May 2026)
            "2026-05-22, Friday before a bank holiday Monday,    2026-05-27, 2026-06-08",
            // an ordinary Friday: the weekend does not count
            "2026-03-06, an ordinary Friday,                     2026-03-10, 2026-03-20",
            // over Christmas and New Year: 25 Dec, 28 Dec (Boxing Day substitute) and 1 Jan are not working days
            "2026-12-23, two days before Christmas,              2026-12-29, 2027-01-11",
            "2026-12-24, Christmas Eve,                          2026-12-30, 2027-01-12",
            "2026-12-26, a Saturday at Christmas,                2026-12-30, 2027-01-12",
            "2026-12-31, New Year's Eve,                         2027-01-05, 2027-01-15",
    })
    void acknowledgement_and_response_deadlines_skip_weekends_and_bank_holidays(LocalDate received, String why,
            LocalDate acknowledgeBy, LocalDate respondBy) {
        assertThat(deadlines.acknowledgeBy(received)).as(why).isEqualTo(acknowledgeBy);
        assertThat(deadlines.respondBy(2, received)).as(why).isEqualTo(respondBy);
        assertThat(deadlines.respondBy(3, received)).as(why).isEqualTo(respondBy);
    }

    @ParameterizedTest(name = "stage 2 response on {0}: escalate by {1}, closes quietly from {2}")
    @CsvSource({
            "2027-01-31, 2027-02-28, 2027-03-01",   // one calendar month from 31 January is the end of February
            "2028-01-31, 2028-02-29, 2028-03-01",   // in a leap year, 29 February
            "2026-12-23, 2027-01-23, 2027-01-24",
            "2026-03-15, 2026-04-15, 2026-04-16",
    })
    void the_month_to_escalate_is_a_calendar_month_from_the_stage_2_response(LocalDate responded,
            LocalDate escalateBy, LocalDate closesFrom) {
        assertThat(deadlines.escalateBy(responded)).isEqualTo(escalateBy);
        assertThat(deadlines.closesQuietlyFrom(responded)).isEqualTo(closesFrom);
    }

    @ParameterizedTest(name = "today {0}, due {1}: {2} working days left, {3}")
    @CsvSource({
            "2026-12-23, 2026-12-29, 2, NEAR",
            "2026-12-23, 2027-01-11, 10, ON_TRACK",
            "2026-12-29, 2026-12-29, 0, NEAR",
            "2026-12-30, 2026-12-29, -1, PAST",
            "2027-01-04, 2026-12-29, -3, PAST",
    })
    void days_left_count_working_days_and_flag_near_and_past_deadlines(LocalDate today, LocalDate due, int left,
            Deadlines.Flag flag) {
        assertThat(deadlines.workingDaysLeft(today, due)).isEqualTo(left);
        assertThat(deadlines.flag(today, due)).isEqualTo(flag);
    }

    @ParameterizedTest(name = "assessed {0}: appeal by {1}")
    @CsvSource({
            "2026-12-14, 2027-01-03",   // Christmas and New Year count: the handbook says days, not working days
            "2026-05-01, 2026-05-21",   // and so do the May bank holidays
            "2027-02-10, 2027-03-02",   // across the end of February
    })
    void an_appeal_to_an_awarding_organisation_is_made_within_20_calendar_days_of_the_assessment(LocalDate assessed, LocalDate appealBy) {
        assertThat(deadlines.appealBy(assessed)).isEqualTo(appealBy);
    }

    @ParameterizedTest(name = "compliment or suggestion received {0}: response by {1}")
    @CsvSource({"2026-05-22, 2026-06-08", "2026-12-23, 2027-01-11"})
    void a_response_to_a_compliment_or_suggestion_is_due_within_10_working_days(LocalDate received,
            LocalDate respondBy) {
        assertThat(deadlines.suggestionRespondBy(received)).isEqualTo(respondBy);
    }
}
