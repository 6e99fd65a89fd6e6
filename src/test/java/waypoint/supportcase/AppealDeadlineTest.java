package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import waypoint.shared.calendar.WorkingCalendar;
import waypoint.supportcase.internal.FormalStages;

/**
 * Your support policy: "There is a 10 working days appeal process to the outcome of stage 5", counted with the
 * working-day calendar (weekends and England and Wales bank holidays do not count).
 */
class AppealDeadlineTest {

    private final WorkingCalendar calendar = WorkingCalendar.ofShippedFile();

    @Test
    void ten_working_days_from_a_plain_monday_is_the_friday_of_the_next_week() {
        // Monday 9 March 2026 → Monday 23 March 2026 (days 1 to 10: 10-13, 16-20, 23)
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 9), FormalStages.APPEAL_WORKING_DAYS))
                .isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void christmas_and_boxing_day_and_new_year_do_not_count() {
        // Friday 18 December 2026; Christmas (Fri 25), Boxing Day substitute (Mon 28), New Year (Fri 1 Jan) skipped:
        // 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6 Jan
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 18), FormalStages.APPEAL_WORKING_DAYS))
                .isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void easter_friday_and_monday_do_not_count() {
        // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April skipped: 7-10, 13-17, 20 April
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 2), FormalStages.APPEAL_WORKING_DAYS))
                .isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void the_may_bank_holidays_do_not_count() {
        // Friday 1 May 2026; Early May (Mon 4) skipped: 5-8, 11-15, 18 May
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 5, 1), FormalStages.APPEAL_WORKING_DAYS))
                .isEqualTo(LocalDate.of(2026, 5, 18));
    }
}
