package waypoint.admissions.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AdmissionsNavigation {

    @Bean
    NavigationItem admissionsNavigationItem() {
        return new NavigationItem("Admissions", "/admissions", 70,
                Set.of("ADMINISTRATOR", "HEAD_OF_DELIVERY", "LEAD", "TUTOR"));
    }
}
