package waypoint.delivery.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

/**
 * Sessions for staff, apprentices and employer contacts (each sees those of the apprenticeships they may see), and
 * messages for everyone but people outside the provider, who read apprenticeships' records only.
 */
@Configuration
class DeliveryNavigation {

    private static final java.util.Set<String> EVERYONE = Arrays.stream(Role.values())
            .filter(role -> role != Role.EXTERNAL).map(Role::name).collect(Collectors.toSet());

    @Bean
    NavigationItem sessionsNavigation() {
        return new NavigationItem("Sessions", "/sessions", 24, EVERYONE);
    }

    @Bean
    NavigationItem messagesNavigation() {
        return new NavigationItem("Messages", "/messages", 26, EVERYONE);
    }
}
