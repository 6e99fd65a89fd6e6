package waypoint.feedback.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

/** The feedback links in the role navigation. */
@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

    @Bean
    NavigationItem feedbackStaffNavigation() {
        return new NavigationItem("Feedback", "/feedback", 75, Arrays.stream(Role.values()).filter(Role::isStaff)
                .map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    @Bean
    NavigationItem feedbackOwnNavigation() {
        return new NavigationItem("Feedback and complaints", "/feedback", 80,
                Set.of(Role.LEARNER.name(), Role.EMPLOYER_CONTACT.name()));
    }
}
