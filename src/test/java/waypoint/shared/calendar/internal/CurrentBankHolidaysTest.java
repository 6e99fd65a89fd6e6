package waypoint.shared.calendar.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import waypoint.shared.calendar.internal.BankHolidayFileStore.StoredFile;
import waypoint.support.MovableClock;

/** Each app node keeps the holidays in memory and notices another node's upload by its stored version. */
class CurrentBankHolidaysTest {

    private static final LocalDate MADE_UP_HOLIDAY = LocalDate.of(2030, 6, 12);

    private final BankHolidayFileStore store = mock(BankHolidayFileStore.class);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-04-27T09:00:00Z"));
    private final CurrentBankHolidays holidays = new CurrentBankHolidays(store, clock);

    @BeforeEach
    void noUploads() {
        when(store.latestVersion()).thenReturn(0L);
        when(store.latest()).thenReturn(Optional.empty());
    }

    private void anotherNodeUploads() {
        byte[] file = """
                {"england-and-wales": {"events": [{"title": "Made-up day", "date": "2030-06-12"}]}}""".getBytes(UTF_8);
        when(store.latestVersion()).thenReturn(7L);
        when(store.latest()).thenReturn(Optional.of(new StoredFile(7, "newer.json", file, 2030, 2030, clock.instant(), "a@b")));
    }

    @Test
    void with_no_upload_the_shipped_file_is_used() {
        assertThat(holidays.source().isShipped()).isTrue();
        assertThat(holidays.source().firstYear()).isEqualTo(2018);
    }

    @Test
    void another_nodes_upload_is_noticed_once_the_version_check_interval_has_passed() {
        assertThat(holidays.get().isBankHoliday(MADE_UP_HOLIDAY)).isFalse();
        anotherNodeUploads();

        clock.advance(CurrentBankHolidays.VERSION_CHECK_INTERVAL.minusSeconds(1));
        assertThat(holidays.get().isBankHoliday(MADE_UP_HOLIDAY)).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(holidays.get().isBankHoliday(MADE_UP_HOLIDAY)).isTrue();
        assertThat(holidays.source().version()).isEqualTo(7);
    }

    @Test
    void the_uploading_node_refreshes_at_once() {
        holidays.get();
        anotherNodeUploads();

        holidays.refresh();

        assertThat(holidays.get().isBankHoliday(MADE_UP_HOLIDAY)).isTrue();
    }
}
