package waypoint.review.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its progress reviews. */
@Configuration(proxyBeanMethods = false)
class ReviewSections {

    @Bean
    ApprenticeshipSection reviewsSection() {
        return ApprenticeshipSection.page("Progress reviews", "reviews", 40);
    }
}
