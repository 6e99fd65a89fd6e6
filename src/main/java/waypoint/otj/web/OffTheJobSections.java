package waypoint.otj.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its off-the-job hours. */
@Configuration(proxyBeanMethods = false)
class OffTheJobSections {

    @Bean
    ApprenticeshipSection offTheJobSection() {
        return ApprenticeshipSection.page("Off-the-job hours", "off-the-job", 20);
    }
}
