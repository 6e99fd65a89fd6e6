package waypoint.otj.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

/**
 * Everyone reaches off-the-job hours from the navigation: a learner lands on their own hours, staff and employer
 * contacts on the apprenticeships they may see, sorted by shortfall. People outside the provider open each
 * apprenticeship's hours from the apprenticeship (docs/domain/external-access.md).
 */
@Configuration
class OtjNavigation {

    @Bean
    NavigationItem offTheJobNavigation() {
        return new NavigationItem("Off-the-job hours", "/off-the-job", 22,
                Arrays.stream(Role.values()).filter(role -> role != Role.EXTERNAL).map(Role::name)
                        .collect(Collectors.toSet()));
    }
}
