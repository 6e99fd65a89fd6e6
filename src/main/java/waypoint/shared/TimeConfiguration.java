package waypoint.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock: everything that needs "now" is given this, so tests can move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Waypoint serves English providers: dates are in Europe/London. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
