package waypoint.safeguarding.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class SafeguardingNavigation {

    /** The case log, for the roles that handle concerns (ConcernKind.handler). */
    @Bean
    NavigationItem concernsNavigation() {
        return new NavigationItem("Concerns", "/concerns", 80, Set.of(Role.SAFEGUARDING_LEAD.name(), Role.QUALITY.name()));
    }

    @Bean
    NavigationItem staffSafeguardingNavigation() {
        return new NavigationItem("Staff safeguarding", "/safeguarding/staff", 82, Set.of(Role.SAFEGUARDING_LEAD.name()));
    }

    @Bean
    NavigationItem safeguardingSettingsNavigation() {
        return new NavigationItem("Safeguarding", "/safeguarding/settings", 95, Set.of(Role.ADMINISTRATOR.name()));
    }
}
