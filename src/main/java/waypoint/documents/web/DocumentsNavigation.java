package waypoint.documents.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

/** The provider's documents in everyone's navigation: apprentices and employers read them at any time. */
@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

    @Bean
    NavigationItem providerDocumentsNavigation() {
        return new NavigationItem("Policies and handbook", "/documents", 97,
                Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
