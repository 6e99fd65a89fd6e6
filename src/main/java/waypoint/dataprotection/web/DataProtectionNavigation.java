package waypoint.dataprotection.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class DataProtectionNavigation {

    @Bean
    NavigationItem subjectAccessNavigation() {
        return new NavigationItem("Subject access", "/data-protection/requests", 88,
                Set.of(Role.DATA_PROTECTION_OFFICER.name(), Role.ADMINISTRATOR.name()));
    }

    /** The data protection officer and administrators keep the record of processing activities. */
    @Bean
    NavigationItem processingNavigation() {
        return new NavigationItem("Processing activities", "/data-protection/processing", 89,
                Set.of(Role.DATA_PROTECTION_OFFICER.name(), Role.ADMINISTRATOR.name()));
    }

    /** Every other member of staff reads it from the foot of every page. */
    @Bean
    NavigationItem processingFooterLink() {
        return NavigationItem.footer("Processing activities", "/data-protection/processing", 89,
                Arrays.stream(Role.values()).filter(Role::isStaff)
                        .filter(role -> role != Role.DATA_PROTECTION_OFFICER && role != Role.ADMINISTRATOR)
                        .map(Role::name).collect(Collectors.toSet()));
    }

    @Bean
    NavigationItem sharingNavigation() {
        return new NavigationItem("Data shared", "/data-protection/sharing", 89,
                Set.of(Role.DATA_PROTECTION_OFFICER.name(), Role.ADMINISTRATOR.name()));
    }

    @Bean
    NavigationItem retentionNavigation() {
        return new NavigationItem("Retention", "/data-protection/retention", 89,
                Set.of(Role.DATA_PROTECTION_OFFICER.name(), Role.ADMINISTRATOR.name()));
    }

    @Bean
    NavigationItem erasureNavigation() {
        return new NavigationItem("Erasure requests", "/data-protection/erasure", 89,
                Set.of(Role.DATA_PROTECTION_OFFICER.name(), Role.ADMINISTRATOR.name()));
    }

    @Bean
    NavigationItem yourDataNavigation() {
        return new NavigationItem("Your data", "/my-data", 90, Set.of(Role.LEARNER.name()));
    }
}
