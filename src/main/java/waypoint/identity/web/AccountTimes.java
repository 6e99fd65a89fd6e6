package waypoint.identity.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import waypoint.shared.time.GovUkDates;

/** Instants on the account pages through the one GOV.UK date helper: "3 March 2026 at 2:15pm" (see
 * docs/domain/dates-and-times.md). */
@Component("accountTimes")
public class AccountTimes {

    private final Clock clock;

    AccountTimes(Clock clock) {
        this.clock = clock;
    }

    public String format(Instant instant) {
        return GovUkDates.time(instant);
    }

    public Instant now() {
        return clock.instant();
    }
}
