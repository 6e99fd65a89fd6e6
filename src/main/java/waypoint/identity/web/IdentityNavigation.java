package waypoint.identity.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

/** The identity module's links in the role navigation; everyone reaches their own account from the header. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem accountsNavigation() {
        return new NavigationItem("Accounts", "/admin/accounts", 900, Set.of(Role.ADMINISTRATOR.name()));
    }
}
