package waypoint.enrolment.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its training plan. */
@Component
class TrainingPlanSection implements ApprenticeshipSection {

    @Override
    public String label() {
        return "Training plan";
    }

    @Override
    public String path(UUID apprenticeshipId) {
        return "/apprenticeships/" + apprenticeshipId + "/training-plan";
    }

    @Override
    public int order() {
        return 10;
    }
}
