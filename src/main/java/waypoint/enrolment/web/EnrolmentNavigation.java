package waypoint.enrolment.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class EnrolmentNavigation {

    /** Every staff role may use the rules calculator (RuleCalculatorPolicy). */
    @Bean
    NavigationItem rulesCalculatorNavigation() {
        return new NavigationItem("Rules calculator", "/rules-calculator", 70, Arrays.stream(Role.values())
                .filter(Role::isStaff).map(Role::name).collect(Collectors.toSet()));
    }
}
