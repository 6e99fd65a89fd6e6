package waypoint.reporting.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    @Bean
    NavigationItem equalityNavigation() {
        return new NavigationItem("Equality monitoring", "/reports/equality", 84, Set.of(Role.QUALITY.name()));
    }

    @Bean
    NavigationItem accountabilityNavigation() {
        return new NavigationItem("Accountability", "/accountability", 83, Set.of(Role.ADMINISTRATOR.name(),
                Role.LEAD.name(), Role.HEAD_OF_DELIVERY.name(), Role.DIRECTOR.name(), Role.QUALITY.name()));
    }

    @Bean
    NavigationItem caseloadBoardNavigation() {
        return new NavigationItem("Caseload board", "/reports/caseload", 82, Set.of(Role.TUTOR.name(),
                Role.LEAD.name(), Role.HEAD_OF_DELIVERY.name()));
    }

    @Bean
    NavigationItem ilrNavigation() {
        return new NavigationItem("ILR return", "/ilr", 86, Set.of(Role.ADMINISTRATOR.name(), Role.DATA_OFFICER.name()));
    }
}
