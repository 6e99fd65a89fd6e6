package waypoint.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LondonTimeTest {

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
        assertThat(LondonTime.describe(instant)).isEqualTo(described);
    }
}
