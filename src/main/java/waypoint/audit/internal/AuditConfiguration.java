package waypoint.audit.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    NavigationItem auditTrailNavigation() {
        return new NavigationItem("Audit trail", "/admin/audit", 910, Set.of(Role.ADMINISTRATOR.name()));
    }
}
