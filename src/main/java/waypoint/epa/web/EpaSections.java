package waypoint.epa.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its gateway checklist and end-point assessment. */
@Configuration(proxyBeanMethods = false)
class EpaSections {

    @Bean
    ApprenticeshipSection gatewaySection() {
        return ApprenticeshipSection.page("Gateway and end-point assessment", "gateway", 50);
    }
}
