package waypoint.delivery.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.enrolment.ApprenticeshipSection;
import waypoint.identity.Role;

/**
 * The apprenticeship's page links to its sessions (everyone who sees the apprenticeship sees them) and its messages
 * (an employer contact finds there only the threads they are included in; people outside the provider do not read
 * messages, docs/domain/external-access.md).
 */
@Configuration(proxyBeanMethods = false)
class DeliverySections {

    @Bean
    ApprenticeshipSection sessionsSection() {
        return ApprenticeshipSection.page("Sessions", "sessions", 35);
    }

    @Bean
    ApprenticeshipSection messagesSection() {
        return ApprenticeshipSection.page("Messages", "messages", 36, user -> !user.has(Role.EXTERNAL));
    }
}
