package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class AccountSessionsTest {

    private final Instant now = Instant.parse("2026-12-06T10:00:00Z");

    private AccountSessions at(Instant instant) {
        return new AccountSessions(null, null, null, null, null, Clock.fixed(instant, ZoneId.of("Europe/London")));
    }

    @Test
    void a_session_ends_at_its_absolute_lifetime_however_busy_it_has_been() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(AccountSessions.ENDS_AT, now.plusSeconds(12 * 3600));
        assertThat(at(now.plusSeconds(12 * 3600 - 1)).outlived(session)).isFalse();
        assertThat(at(now.plusSeconds(12 * 3600)).outlived(session)).isTrue();
        assertThat(at(now).outlived(new MockHttpSession())).as("a session from before the setting").isFalse();
    }

    @Test
    void browsers_are_named_as_people_recognise_them() {
        assertThat(AccountSessions.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36")).isEqualTo("Chrome on Windows");
        assertThat(AccountSessions.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iOS");
        assertThat(AccountSessions.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 "
                + "Firefox/133.0")).isEqualTo("Firefox on macOS");
        assertThat(AccountSessions.describe(null)).isEqualTo("A browser");
    }
}
