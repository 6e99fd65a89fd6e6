package waypoint.enrolment.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class EnrolmentNavigation {

    /**
     * Staff find apprenticeships here (a tutor their own, provider-wide roles every one), and so do people outside
     * the provider (those of their grant); employer contacts and learners reach theirs from their home page and their
     * other links.
     */
    @Bean
    NavigationItem apprenticeshipsNavigation() {
        return new NavigationItem("Apprenticeships", "/apprenticeships", 20, Arrays.stream(Role.values())
                .filter(role -> role.isStaff() || role == Role.EXTERNAL).map(Role::name).collect(Collectors.toSet()));
    }

    /** Every staff role may use the rules calculator (RuleCalculatorPolicy). */
    @Bean
    NavigationItem rulesCalculatorNavigation() {
        return new NavigationItem("Rules calculator", "/rules-calculator", 70, Arrays.stream(Role.values())
                .filter(Role::isStaff).map(Role::name).collect(Collectors.toSet()));
    }
}
