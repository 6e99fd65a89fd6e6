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
        return NavigationItem.report("Equality monitoring", "/reports/equality", 84, Set.of(Role.QUALITY.name()),
                "Withdrawals, achievements and complaints by group, with no count under five shown.");
    }

    @Bean
    NavigationItem accountabilityNavigation() {
        return NavigationItem.report("Accountability", "/accountability", 83, Set.of(Role.ADMINISTRATOR.name(),
                Role.LEAD.name(), Role.HEAD_OF_DELIVERY.name(), Role.DIRECTOR.name(), Role.QUALITY.name()),
                "The figures the DfE's accountability framework judges the provider on, with the apprentices counted in each.");
    }

    @Bean
    NavigationItem caseloadBoardNavigation() {
        return NavigationItem.report("Caseload board", "/reports/caseload", 82, Set.of(Role.TUTOR.name(),
                Role.LEAD.name(), Role.HEAD_OF_DELIVERY.name()),
                "Every apprentice on the caseload with their signals: red needs action now, amber needs watching.");
    }

    @Bean
    NavigationItem ilrNavigation() {
        return new NavigationItem("ILR return", "/ilr", 86, Set.of(Role.ADMINISTRATOR.name(), Role.DATA_OFFICER.name()));
    }
}
