package waypoint.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.shared.time.GovUkDates;

class GovUkDatesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-07-21T16:30:00Z | 5:30pm on Tuesday 21 July 2026
            2026-07-21T11:00:00Z | midday on Tuesday 21 July 2026
            2026-07-20T23:00:00Z | midnight on Tuesday 21 July 2026
            2026-12-01T09:00:00Z | 9am on Tuesday 1 December 2026
            2026-03-29T00:59:00Z | 12:59am on Sunday 29 March 2026
            2026-03-29T01:00:00Z | 2am on Sunday 29 March 2026
            """)
    void times_are_described_in_london_time_in_the_gov_uk_style(Instant instant, String described) {
        assertThat(GovUkDates.timeOnDay(instant)).isEqualTo(described);
    }

    @Test
    void a_date_a_day_a_month_and_a_time_read_as_gov_uk_writes_them() {
        assertThat(GovUkDates.date(LocalDate.of(2026, 12, 23))).isEqualTo("23 December 2026");
        assertThat(GovUkDates.day(LocalDate.of(2026, 12, 23))).isEqualTo("Wednesday 23 December 2026");
        assertThat(GovUkDates.shortDate(LocalDate.of(2026, 12, 23))).isEqualTo("23 Dec 2026");
        assertThat(GovUkDates.month(YearMonth.of(2026, 12))).isEqualTo("December 2026");
        assertThat(GovUkDates.shortMonth(YearMonth.of(2026, 8))).isEqualTo("Aug 2026");
        assertThat(GovUkDates.time(Instant.parse("2026-07-21T16:30:00Z"))).isEqualTo("21 July 2026 at 5:30pm");
        assertThat(GovUkDates.time(LocalDate.of(2026, 3, 10), LocalTime.of(10, 0))).isEqualTo("10 March 2026 at 10am");
        assertThat(GovUkDates.shortTime(Instant.parse("2026-07-21T16:30:00Z"))).isEqualTo("21 Jul 2026 at 5:30pm");
        assertThat(GovUkDates.shortTimeWithSeconds(Instant.parse("2026-07-21T16:30:07Z")))
                .isEqualTo("21 Jul 2026 at 5:30:07pm");
        assertThat(GovUkDates.shortTimeWithSeconds(Instant.parse("2026-12-01T00:05:00Z")))
                .isEqualTo("1 Dec 2026 at 12:05:00am");
        assertThat(GovUkDates.clockOnDate(Instant.parse("2026-12-06T10:42:00Z")))
                .isEqualTo("10:42am on 6 December 2026");
    }

    @Test
    void an_instant_falls_on_its_day_in_london_not_in_utc() {
        assertThat(GovUkDates.date(Instant.parse("2026-07-20T23:30:00Z"))).isEqualTo("21 July 2026");
        assertThat(GovUkDates.date(Instant.parse("2026-12-20T23:30:00Z"))).isEqualTo("20 December 2026");
    }

    @Test
    void an_empty_date_reads_the_same_everywhere_unless_the_page_gives_its_reason() {
        assertThat(GovUkDates.date((LocalDate) null)).isEqualTo("Not recorded");
        assertThat(GovUkDates.date((Instant) null)).isEqualTo("Not recorded");
        assertThat(GovUkDates.time((Instant) null)).isEqualTo("Not recorded");
        assertThat(GovUkDates.day(null)).isEqualTo("Not recorded");
        assertThat(GovUkDates.clockOnDate(null)).isEqualTo("Not recorded");
        assertThat(GovUkDates.dateOr((LocalDate) null, "Not set")).isEqualTo("Not set");
    }

    @Test
    void durations_read_in_hours_and_minutes() {
        assertThat(GovUkDates.duration(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes");
        assertThat(GovUkDates.duration(Duration.ofMinutes(45))).isEqualTo("45 minutes");
        assertThat(GovUkDates.duration(Duration.ofHours(2))).isEqualTo("2 hours");
        assertThat(GovUkDates.duration(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
        assertThat(GovUkDates.days(1)).isEqualTo("1 day");
        assertThat(GovUkDates.days(3)).isEqualTo("3 days");
    }
}
