package waypoint.shared.calendar.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.shared.calendar.CalendarPolicy;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /** The calendar every module is given: it follows the newest uploaded bank holidays file. */
    @Bean
    WorkingCalendar workingCalendar(CurrentBankHolidays holidays) {
        return new WorkingCalendar(holidays);
    }

    @Bean
    NavigationItem calendarNavigation() {
        return new NavigationItem("Calendar", "/admin/calendar", 900, Set.of(CalendarPolicy.ADMINISTRATOR));
    }
}
