package waypoint.portfolio.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.enrolment.ApprenticeshipSection;
import waypoint.identity.Role;

/** The apprenticeship's page links to its portfolio. */
@Configuration(proxyBeanMethods = false)
class PortfolioSections {

    /** Employers see the coverage through the apprenticeship, not the evidence itself. */
    @Bean
    ApprenticeshipSection portfolioSection() {
        return ApprenticeshipSection.page("Portfolio", "portfolio", 30,
                user -> !user.has(Role.EMPLOYER_CONTACT));
    }
}
