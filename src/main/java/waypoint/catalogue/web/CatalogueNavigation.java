package waypoint.catalogue.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class CatalogueNavigation {

    /** Every staff role reads the catalogue (CataloguePolicy). */
    @Bean
    NavigationItem standardsNavigation() {
        return new NavigationItem("Standards", "/standards", 60, Arrays.stream(Role.values()).filter(Role::isStaff)
                .map(Role::name).collect(Collectors.toSet()));
    }
}
