package waypoint.enrolment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its training plan. */
@Configuration(proxyBeanMethods = false)
class EnrolmentSections {

    @Bean
    ApprenticeshipSection trainingPlanSection() {
        return ApprenticeshipSection.page("Training plan", "training-plan", 10);
    }
}
