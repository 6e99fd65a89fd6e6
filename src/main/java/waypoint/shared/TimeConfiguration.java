package waypoint.shared;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock: everything that needs "now" is given this, so tests can move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
