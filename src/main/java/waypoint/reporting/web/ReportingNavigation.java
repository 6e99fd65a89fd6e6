package waypoint.reporting.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.reporting.internal.EqualityReport;
import waypoint.reporting.internal.accountability.AccountabilityReport;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    @Bean
    NavigationItem equalityNavigation() {
        return NavigationItem.report("Equality monitoring", "/reports/equality", 84, names(EqualityReport.READERS),
                "Withdrawals, achievements and complaints by group, with no count under five shown.");
    }

    @Bean
    NavigationItem accountabilityNavigation() {
        return NavigationItem.report("Accountability", "/accountability", 83, names(AccountabilityReport.READERS),
                "The figures the DfE's accountability framework judges the provider on, with the apprentices counted in each.");
    }

    @Bean
    NavigationItem caseloadBoardNavigation() {
        return NavigationItem.report("Caseload board", "/reports/caseload", 82, Set.of(Role.TUTOR.name(),
                Role.LEAD.name(), Role.HEAD_OF_DELIVERY.name()),
                "Every apprentice on the caseload with their signals: red needs action now, amber needs watching.");
    }

    /** The roles as the navigation names them. */
    static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    @Bean
    NavigationItem ilrNavigation() {
        return new NavigationItem("ILR return", "/ilr", 86, Set.of(Role.ADMINISTRATOR.name(), Role.DATA_OFFICER.name()));
    }
}
