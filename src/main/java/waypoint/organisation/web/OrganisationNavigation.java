package waypoint.organisation.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

/** The organisation module's links in the role navigation. */
@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

    private static final Set<String> STAFF = Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> EVERYONE = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toUnmodifiableSet());

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("Home", "/", 0, EVERYONE);
    }

    @Bean
    NavigationItem learnersNavigation() {
        return new NavigationItem("Learners", "/learners", 10, STAFF);
    }

    @Bean
    NavigationItem apprenticesNavigation() {
        return new NavigationItem("Your apprentices", "/learners", 10, Set.of(Role.EMPLOYER_CONTACT.name()));
    }

    @Bean
    NavigationItem myRecordNavigation() {
        return new NavigationItem("My record", "/learners/me", 10, Set.of(Role.LEARNER.name()));
    }

    @Bean
    NavigationItem employersNavigation() {
        return new NavigationItem("Employers", "/employers", 30, STAFF);
    }

    @Bean
    NavigationItem epaosNavigation() {
        return new NavigationItem("EPAOs", "/epaos", 40, STAFF);
    }

    @Bean
    NavigationItem staffNavigation() {
        return new NavigationItem("Staff", "/staff", 50, STAFF);
    }

    @Bean
    NavigationItem providerNavigation() {
        return new NavigationItem("Provider", "/admin/provider", 90, Set.of(Role.ADMINISTRATOR.name()));
    }
}
