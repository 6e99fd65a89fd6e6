package waypoint.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Instants as people in England read them, in the GOV.UK style: "3 March 2026 at 2:15pm". */
@Component("accountTimes")
public class AccountTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private final Clock clock;

    AccountTimes(Clock clock) {
        this.clock = clock;
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return FORMAT.format(instant.atZone(clock.getZone())).replace("AM", "am").replace("PM", "pm");
    }

    public Instant now() {
        return clock.instant();
    }
}
